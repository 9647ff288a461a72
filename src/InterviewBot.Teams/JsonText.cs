using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace InterviewBot.Teams;

/// <summary>
/// Whether every string in a JSON body is text, checked on the bytes before they are parsed. A JSON
/// parser checks the grammar only: bytes inside a string that are not UTF-8, or an escaped lone
/// surrogate (<c>"\ud800"</c>), pass it and fail later, when something reads the string – as a 500
/// instead of a 400.
/// </summary>
internal static class JsonText
{
    public const string NotTextReason =
        "The body has a string that is not text: bytes that are not UTF-8, or an escaped lone surrogate such as \\ud800.";

    /// <summary>UTF-8 that refuses bytes that are not UTF-8 rather than reading them as U+FFFD.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsAllText(ReadOnlySpan<byte> body) => Utf8.IsValid(body) && !HasLoneSurrogateEscape(body);

    /// <summary>A <c>\uD800</c>–<c>\uDBFF</c> escape not followed by a <c>\uDC00</c>–<c>\uDFFF</c> one, or the second without the first.</summary>
    private static bool HasLoneSurrogateEscape(ReadOnlySpan<byte> body)
    {
        var waitingForLow = false;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != (byte)'\\' || i + 1 >= body.Length)
            {
                if (waitingForLow) return true;
                continue;
            }
            if (body[i + 1] != (byte)'u' || i + 5 >= body.Length || !TryHex(body.Slice(i + 2, 4), out var unit))
            {
                if (waitingForLow) return true;
                i++; // another escape (\\, \", \n…): its second character is not the start of anything
                continue;
            }
            var high = unit is >= 0xD800 and <= 0xDBFF;
            var low = unit is >= 0xDC00 and <= 0xDFFF;
            if (waitingForLow != low) return true;
            waitingForLow = high;
            i += 5;
        }
        return waitingForLow;
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value) =>
        int.TryParse(Encoding.ASCII.GetString(digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
