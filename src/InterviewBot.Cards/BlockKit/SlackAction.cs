namespace InterviewBot.Cards;

/// <summary>
/// What a tap on a Slack button or a modal's submit asks the bot to do: the verb, the card it came
/// from, and the button's data (without "verb" and "cardId"; it may hold "~…" keys naming the
/// real id of a field whose block_id had to be shortened, see <see cref="BlockKitRenderer"/>).
/// </summary>
public sealed record SlackAction(string Verb, Guid? CardId, IReadOnlyDictionary<string, string> Data);
