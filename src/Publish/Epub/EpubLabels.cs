namespace Publish.Epub;

/// <summary>
/// The few words the EPUB adds around the text (page titles, link labels, credits), in the
/// pamphlet's language where we have them and in English otherwise.
/// </summary>
internal sealed record EpubLabels(
    string Contents, string Landmarks, string Pages, string Cover, string CoverAlt, string TitlePage,
    string Notes, string Colophon, string BeginReading, string BackToReference,
    string TranslatedBy, string EditedBy, string Source, string SetIn, string MadeWith, string Identifier)
{
    private static readonly EpubLabels English = new(
        "Contents", "Landmarks", "Pages", "Cover", "Cover of", "Title page",
        "Notes", "Colophon", "Begin reading", "Back to reference",
        "Translated by", "Edited by", "Source:", "Set in", "Made with Publish", "Identifier:");

    private static readonly EpubLabels German = new(
        "Inhalt", "Orientierungspunkte", "Seiten", "Umschlag", "Umschlag von", "Titelseite",
        "Anmerkungen", "Impressum", "Lesen beginnen", "Zurück zur Verweisstelle",
        "Übersetzt von", "Herausgegeben von", "Quelle:", "Gesetzt in", "Erstellt mit Publish", "Kennung:");

    private static readonly EpubLabels French = new(
        "Table des matières", "Repères", "Pages", "Couverture", "Couverture de", "Page de titre",
        "Notes", "Colophon", "Commencer la lecture", "Retour à l’appel de note",
        "Traduit par", "Édité par", "Source :", "Composé en", "Réalisé avec Publish", "Identifiant :");

    private static readonly EpubLabels Spanish = new(
        "Índice", "Puntos de referencia", "Páginas", "Cubierta", "Cubierta de", "Portada",
        "Notas", "Colofón", "Comenzar la lectura", "Volver a la llamada",
        "Traducción de", "Edición de", "Fuente:", "Compuesto en", "Hecho con Publish", "Identificador:");

    /// <summary>The labels for a BCP 47 language tag (its primary subtag decides).</summary>
    public static EpubLabels For(string lang)
    {
        var primary = lang.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "de" => German,
            "fr" => French,
            "es" => Spanish,
            _ => English,
        };
    }
}
