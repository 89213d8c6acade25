namespace Publish.Covers;

/// <summary>
/// PNG's five row filters, undone in place (PNG specification, section 9). Shared by the cover
/// rasteriser's decoder (<see cref="PngDecoder"/>) and the PDF's (<c>Pdf.Images.PngSampleDecoder</c>).
/// </summary>
internal static class PngRowFilter
{
    private const int FilterNone = 0, FilterSub = 1, FilterUp = 2, FilterAverage = 3, FilterPaeth = 4;

    /// <summary>Undoes one row's filter in place; <paramref name="above"/> is empty on an image's (or an interlace pass's) first row.</summary>
    public static void Undo(int filter, Span<byte> row, ReadOnlySpan<byte> above, int bpp)
    {
        bool first = above.IsEmpty;
        switch (filter)
        {
            case FilterNone: break;
            case FilterSub:
                for (int i = bpp; i < row.Length; i++) row[i] += row[i - bpp];
                break;
            case FilterUp:
                if (!first) for (int i = 0; i < row.Length; i++) row[i] += above[i];
                break;
            case FilterAverage:
                for (int i = 0; i < row.Length; i++)
                    row[i] += (byte)(((i >= bpp ? row[i - bpp] : 0) + (first ? 0 : above[i])) >> 1);
                break;
            case FilterPaeth:
                for (int i = 0; i < row.Length; i++)
                {
                    int a = i >= bpp ? row[i - bpp] : 0, b = first ? 0 : above[i], c = !first && i >= bpp ? above[i - bpp] : 0;
                    row[i] += (byte)Paeth(a, b, c);
                }
                break;
            default: throw new InvalidDataException($"PNG has an unknown row filter {filter}");
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
