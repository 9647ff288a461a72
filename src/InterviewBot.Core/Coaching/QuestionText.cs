using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching;

/// <summary>One word of a question: as typed (for rewrites) and as a lower-case key (for rules).</summary>
internal readonly record struct Word(string Text, string Key)
{
    /// <summary>The key of the mark between clauses: a comma, colon, semicolon or dash.</summary>
    public const string Break = ",";

    public bool IsBreak => Key == Break;

    public static Word Of(string key) => new(key, key);
}

/// <summary>A sentence of the question, split into words, and whether it ended with a question mark.</summary>
internal sealed record Sentence(IReadOnlyList<Word> Words, bool Asks);

/// <summary>
/// Turns typed text into sentences of words: curly quotes, dashes, spacing, chat spellings
/// ("u", "dont") and contractions ("what's", "you've") are all brought to one form, so that the
/// rules only have to know each word once.
/// </summary>
internal static partial class QuestionText
{
    private const int MaxLength = 1000;

    private static readonly HashSet<string> Abbreviations =
        new(StringComparer.OrdinalIgnoreCase) { "e.g", "eg", "i.e", "ie", "etc", "vs", "approx", "mr", "mrs", "ms", "dr", "inc", "ltd", "no", "jr", "sr", "st" };

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["what's"] = "what is", ["whats"] = "what is", ["where's"] = "where is", ["wheres"] = "where is",
        ["who's"] = "who is", ["whos"] = "who is", ["how's"] = "how is", ["hows"] = "how is",
        ["when's"] = "when is", ["why's"] = "why is", ["how'd"] = "how did", ["what'd"] = "what did",
        ["that's"] = "that is", ["thats"] = "that is", ["it's"] = "it is", ["there's"] = "there is",
        ["you're"] = "you are", ["youre"] = "you are", ["you've"] = "you have", ["youve"] = "you have",
        ["you'll"] = "you will", ["you'd"] = "you would", ["youd"] = "you would",
        ["i'm"] = "i am", ["im"] = "i am", ["i've"] = "i have", ["ive"] = "i have", ["i'd"] = "i would", ["i'll"] = "i will",
        ["we're"] = "we are", ["we've"] = "we have", ["we'd"] = "we would", ["they're"] = "they are",
        ["they've"] = "they have", ["let's"] = "let us", ["lets"] = "let us", ["d'you"] = "do you",
        ["u"] = "you", ["ya"] = "you", ["r"] = "are", ["ur"] = "your", ["pls"] = "please", ["plz"] = "please",
        ["wanna"] = "want to", ["gonna"] = "going to", ["gotta"] = "have to", ["cannot"] = "can't",
        ["dont"] = "don't", ["doesnt"] = "doesn't", ["didnt"] = "didn't", ["isnt"] = "isn't", ["arent"] = "aren't",
        ["wasnt"] = "wasn't", ["werent"] = "weren't", ["havent"] = "haven't", ["hasnt"] = "hasn't", ["hadnt"] = "hadn't",
        ["cant"] = "can't", ["wont"] = "won't", ["wouldnt"] = "wouldn't", ["couldnt"] = "couldn't", ["shouldnt"] = "shouldn't",
    };

    /// <summary>The sentences of the text, in order; none for empty text.</summary>
    public static IReadOnlyList<Sentence> Sentences(string text)
    {
        // A planned question is a line or two; past that, the end (where the question is) is enough.
        if (text.Length > MaxLength) text = text[^MaxLength..];
        var clean = Clean(text);
        // Text typed all in capitals is read as if typed in lower case, so rewrites do not shout.
        if (clean.Any(char.IsLetter) && !clean.Any(char.IsLower)) clean = clean.ToLower(CultureInfo.InvariantCulture);
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i] is not ('.' or '?' or '!')) continue;
            var end = i;
            while (end + 1 < clean.Length && clean[end + 1] is '.' or '?' or '!') end++;
            var atEnd = end + 1 >= clean.Length;
            if (atEnd || (clean[end + 1] == ' ' && !AfterAbbreviation(clean, start, i)))
            {
                Add(result, clean[start..(end + 1)]);
                start = end + 1;
            }
            i = end;
        }
        if (start < clean.Length) Add(result, clean[start..]);
        return result;
    }

    /// <summary>Words of a fragment of text, without sentence handling (used for rewrites and tests).</summary>
    public static IReadOnlyList<Word> Words(string text) => Tokenize(Clean(text).TrimEnd('.', '?', '!'));

    private static void Add(List<Sentence> sentences, string raw)
    {
        var trimmed = raw.Trim();
        var asks = trimmed.TrimEnd('.', '!').EndsWith('?') || trimmed.EndsWith('?');
        var words = Tokenize(trimmed.TrimEnd('.', '?', '!', ' '));
        if (words.Any(w => !w.IsBreak)) sentences.Add(new Sentence(words, asks));
    }

    private static bool AfterAbbreviation(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && text[wordStart - 1] != ' ') wordStart--;
        return Abbreviations.Contains(text[wordStart..dot]);
    }

    private static string Clean(string text)
    {
        var s = new StringBuilder(text.Length + 8);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            s.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => "'",
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => "\"",
                '\u2013' or '\u2014' or '\u2015' => " \u2013 ",
                '\u2026' => "...",
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        var spaced = SpacedHyphen().Replace(s.ToString(), " \u2013 ");
        spaced = Slash().Replace(spaced, m => IsWordPair(m) ? $"{m.Groups[1].Value} or {m.Groups[2].Value}" : m.Value);
        spaced = string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return ListMarker().Replace(spaced, "");
    }

    // "frontend/backend" offers two options; "CI/CD", "24/7" and "and/or" do not.
    private static bool IsWordPair(Match m) => IsPlainWord(m.Groups[1].Value) && IsPlainWord(m.Groups[2].Value)
        && !m.Groups[1].Value.Equals("and", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlainWord(string w) => w.Length >= 3 && w.Skip(1).All(c => char.IsLower(c) || c == '-');

    private static List<Word> Tokenize(string sentence)
    {
        var words = new List<Word>();
        foreach (var raw in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "\u2013") { AddBreak(words); continue; }
            var piece = raw;
            var breakAfter = false;
            var trimmed = piece.TrimEnd(',', ';', ':', '!', '?', ')', ']', '"', '.');
            if (trimmed.Length < piece.Length && piece[trimmed.Length..].IndexOfAny([',', ';', ':']) >= 0) breakAfter = true;
            if (trimmed.Length < piece.Length && piece[trimmed.Length..].Contains('?', StringComparison.Ordinal)) breakAfter = true;
            piece = trimmed.TrimStart('(', '[', '"', '\'').TrimEnd('\'');
            if (piece.Length > 0 && piece.Any(char.IsLetterOrDigit)) AddWord(words, piece);
            if (breakAfter) AddBreak(words);
        }
        while (words.Count > 0 && words[^1].IsBreak) words.RemoveAt(words.Count - 1);
        return words;
    }

    private static void AddBreak(List<Word> words)
    {
        if (words.Count > 0 && !words[^1].IsBreak) words.Add(Word.Of(Word.Break));
    }

    private static void AddWord(List<Word> words, string piece)
    {
        var key = piece.ToLower(CultureInfo.InvariantCulture);
        if (!Spellings.TryGetValue(key, out var spelled))
        {
            words.Add(new Word(piece, key));
            return;
        }
        var parts = spelled.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            // Keep the writer's capital on the first part ("You've" → "You" "have").
            var text = i == 0 && char.IsUpper(piece[0]) ? char.ToUpperInvariant(parts[0][0]) + parts[0][1..] : parts[i];
            words.Add(new Word(text, parts[i]));
        }
    }

    [GeneratedRegex(@"(?<=\s)-{1,2}(?=\s)")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"\b([A-Za-z-]+)/([A-Za-z-]+)\b")]
    private static partial Regex Slash();

    [GeneratedRegex(@"^(\d{1,2}[.)]|[-*\u2022\u2013]|q\d{1,2}[:.)]?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListMarker();
}
