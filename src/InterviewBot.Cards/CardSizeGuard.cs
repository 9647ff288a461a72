using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards;

/// <summary>
/// Keeps a card inside Teams' message size limit (about 28 KB for the whole activity). A card that
/// is too big is not sent at all, so the user would see nothing; a card with cut texts still works.
/// </summary>
internal static class CardSizeGuard
{
    /// <summary>
    /// The card's own budget: 25 KB leaves about 3 KB of the 28 KB for the activity around it
    /// (conversation, sender, recipient, service URL) and for the text that may go with the card.
    /// </summary>
    public const int MaxBytes = 25 * 1024;

    /// <summary>
    /// The size as the default System.Text.Json writer produces it, which escapes every non-ASCII
    /// character (\uXXXX). That is the largest form any channel serializer gives, so a card that
    /// fits here fits whichever way it is sent.
    /// </summary>
    public static int Bytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString());

    /// <summary>Whether a card already written as JSON text (see <see cref="Bytes"/>) fits.</summary>
    public static bool Fits(string json) => Encoding.UTF8.GetByteCount(json) <= MaxBytes;

    public static bool Fits(JsonNode node) => Bytes(node) <= MaxBytes;

    /// <summary>
    /// Last resort when even the tightest text budget is too big (hundreds of items): keeps the
    /// body from the top for as long as it fits and says that the rest was left out.
    /// </summary>
    public static JsonObject CutBody(JsonObject card)
    {
        var body = (JsonArray)card["body"]!;
        var elements = body.ToList();
        body.Clear();
        var note = AdaptiveElements.Text($"This card is too long for Teams, so the rest is left out. Nothing is lost: ask me again, e.g. type {Markup.Italic("help")}.",
            color: "warning", separator: true);
        body.Add(note);

        var size = Bytes(card);
        var kept = 0;
        foreach (var element in elements)
        {
            var extra = Bytes(element!) + 1; // the comma before it
            if (size + extra > MaxBytes) break;
            size += extra;
            kept++;
        }
        body.Clear();
        foreach (var element in elements.Take(kept)) body.Add(element);
        body.Add(note);

        // Only absurd action data could still be too big; a card without buttons is better than none.
        if (!Fits(card)) card["actions"] = new JsonArray();
        return card;
    }
}
