namespace InterviewBot.Tools.TeamsPackage;

/// <summary>
/// InterviewBot's two Teams icons, drawn here rather than taken from elsewhere: a speech bubble with a
/// check mark. The colour icon (192×192) is the white bubble on the accent colour with the check in
/// the accent colour; the outline icon (32×32) is white on transparent, as Teams requires.
/// Shapes are tested at 8×8 points per pixel, which smooths their edges.
/// </summary>
internal static class Icons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The manifest's accentColor, #5B5FC7.</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x5B, 0x5F, 0xC7);

    private const int Samples = 8;

    public static byte[] ColorPng() => Png.Encode(ColorSize, ColorSize, DrawColor());

    public static byte[] OutlinePng() => Png.Encode(OutlineSize, OutlineSize, DrawOutline());

    private static byte[] DrawColor()
    {
        var bubble = Bubble(left: 0.18, top: 0.20, right: 0.82, bottom: 0.70, radius: 0.12, tail: [(0.28, 0.66), (0.44, 0.66), (0.22, 0.84)]);
        var check = Check([(0.35, 0.45), (0.46, 0.56), (0.66, 0.33)], width: 0.075);
        var pixels = new byte[ColorSize * ColorSize * 4];
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var white = Coverage(ColorSize, x, y, (u, v) => bubble(u, v) && !check(u, v));
                var i = (y * ColorSize + x) * 4;
                pixels[i] = Mix(Accent.R, 255, white);
                pixels[i + 1] = Mix(Accent.G, 255, white);
                pixels[i + 2] = Mix(Accent.B, 255, white);
                pixels[i + 3] = 255;
            }
        }
        return pixels;
    }

    private static byte[] DrawOutline()
    {
        var outer = Bubble(left: 0.08, top: 0.12, right: 0.92, bottom: 0.72, radius: 0.18, tail: [(0.20, 0.66), (0.42, 0.66), (0.14, 0.92)]);
        var inner = Bubble(left: 0.15, top: 0.19, right: 0.85, bottom: 0.65, radius: 0.11, tail: []);
        var check = Check([(0.30, 0.43), (0.44, 0.56), (0.70, 0.30)], width: 0.09);
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var ink = Coverage(OutlineSize, x, y, (u, v) => (outer(u, v) && !inner(u, v)) || check(u, v));
                var i = (y * OutlineSize + x) * 4;
                pixels[i] = pixels[i + 1] = pixels[i + 2] = 255; // white everywhere; only the alpha draws
                pixels[i + 3] = (byte)Math.Round(ink * 255);
            }
        }
        return pixels;
    }

    /// <summary>The share of the pixel's sample points inside the shape (coordinates 0..1 across the icon).</summary>
    private static double Coverage(int size, int x, int y, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var u = (x + (sx + 0.5) / Samples) / size;
                var v = (y + (sy + 0.5) / Samples) / size;
                if (inside(u, v)) hits++;
            }
        }
        return hits / (double)(Samples * Samples);
    }

    private static byte Mix(byte from, byte to, double share) => (byte)Math.Round(from + (to - from) * share);

    /// <summary>A rounded rectangle, with a triangular tail when one is given.</summary>
    private static Func<double, double, bool> Bubble(double left, double top, double right, double bottom, double radius, (double X, double Y)[] tail) =>
        (u, v) => InRoundedRect(u, v, left, top, right, bottom, radius) || (tail.Length == 3 && InTriangle(u, v, tail[0], tail[1], tail[2]));

    private static bool InRoundedRect(double u, double v, double left, double top, double right, double bottom, double radius)
    {
        if (u < left || u > right || v < top || v > bottom) return false;
        var cx = Math.Clamp(u, left + radius, right - radius);
        var cy = Math.Clamp(v, top + radius, bottom - radius);
        return (u - cx) * (u - cx) + (v - cy) * (v - cy) <= radius * radius;
    }

    private static bool InTriangle(double u, double v, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        static double Side(double u, double v, (double X, double Y) p, (double X, double Y) q) => (u - q.X) * (p.Y - q.Y) - (p.X - q.X) * (v - q.Y);
        var d1 = Side(u, v, a, b);
        var d2 = Side(u, v, b, c);
        var d3 = Side(u, v, c, a);
        return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
    }

    /// <summary>A check mark: a thick line through the points, with round ends and joints.</summary>
    private static Func<double, double, bool> Check((double X, double Y)[] points, double width) =>
        (u, v) => points.Zip(points.Skip(1)).Any(s => DistanceToSegment(u, v, s.First, s.Second) <= width / 2);

    private static double DistanceToSegment(double u, double v, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var t = Math.Clamp(((u - a.X) * dx + (v - a.Y) * dy) / (dx * dx + dy * dy), 0, 1);
        var (px, py) = (a.X + t * dx - u, a.Y + t * dy - v);
        return Math.Sqrt(px * px + py * py);
    }
}
