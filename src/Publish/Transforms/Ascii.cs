namespace Publish.Transforms;

/// <summary>
/// Folds Latin letters with diacritics to plain ASCII for ids and file names ("Révolution" →
/// "Revolution", "Œuvre" → "OEuvre"). A table, because the build runs with invariant
/// globalization, where Unicode normalisation is not available.
/// </summary>
internal static class Ascii
{
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    public static string Fold(char c)
    {
        if (c < 128) return c.ToString();
        int i = Accented.IndexOf(c);
        if (i >= 0) return Plain[i].ToString();
        return c switch
        {
            'Æ' => "AE", 'æ' => "ae", 'Œ' => "OE", 'œ' => "oe", 'ß' => "ss", 'Þ' => "Th", 'þ' => "th", 'Ð' => "D", 'ð' => "d",
            _ => char.IsLetterOrDigit(c) ? "" : " ",
        };
    }
}
