using System.Security.Cryptography;
using System.Text;

namespace InterviewBot.Core.Domain;

/// <summary>
/// The code a candidate types to join a recruiter's booking: 8 characters of Crockford base32, shown
/// as <c>K7Q4-MX2P</c>. Read in any case, with or without the dash, and with Crockford's look-alikes
/// (O for 0, I and L for 1). Only its hash is stored, like a password's: a copy of the database does
/// not let anyone join.
/// </summary>
public static class InviteCode
{
    public const int Length = 8;

    /// <summary>Crockford's alphabet: digits and letters without I, L, O and U.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>
    /// The hash is found again from the typed code, so it cannot have a salt of its own; a fixed salt and
    /// many rounds instead make trying all 2^40 codes against a stolen copy far too slow.
    /// </summary>
    private static readonly byte[] Salt = Encoding.UTF8.GetBytes("InterviewBot invite code v1");

    private const int Rounds = 20_000;

    /// <summary>A new random code, as shown (<c>XXXX-XXXX</c>).</summary>
    public static string NewCode()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return Show(new string(chars));
    }

    /// <summary>The code as typed, read the forgiving way, in its stored spelling (8 characters, no dash); null when it cannot be a code.</summary>
    public static string? Read(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var canonical = new StringBuilder(Length);
        foreach (var c in typed.Trim().Trim('`', '"', '\''))
        {
            if (c is '-' or ' ') continue;
            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || canonical.Length == Length) return null;
            canonical.Append(upper);
        }
        return canonical.Length == Length ? canonical.ToString() : null;
    }

    /// <summary>The stored form: what is kept of a code, and how a typed one is looked up.</summary>
    public static string Hash(string code)
    {
        var canonical = Read(code) ?? throw new ArgumentException("Not an invite code.", nameof(code));
        return Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(canonical), Salt, Rounds, HashAlgorithmName.SHA256, 32));
    }

    private static string Show(string canonical) => $"{canonical[..4]}-{canonical[4..]}";
}

/// <summary>A code just issued, in plain text (only the unit of work that issued it has it), and until when it works.</summary>
public sealed record IssuedInvite(string Code, DateTime ExpiresUtc);
