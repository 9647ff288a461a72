using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Views;

namespace InterviewBot.Slack.Work;

/// <summary>
/// What a modal submission answers, which Slack only takes in the acknowledgement: the submitted form
/// again with errors → <c>errors</c> by block id (Slack shows each under its field and keeps the modal
/// open); another form → <c>update</c>; anything else → <c>clear</c>, and the answers go to the chat.
/// </summary>
internal static class ModalAnswers
{
    /// <summary>Closes the modal.</summary>
    public static JsonObject Close => new() { ["response_action"] = "clear" };

    /// <param name="form">The form the turn answered with, shown under <paramref name="cardId"/>.</param>
    /// <param name="modalCardId">The card id of the modal that was submitted.</param>
    /// <param name="blockIds">Field id → block id, where Slack names the field's block differently.</param>
    public static JsonObject For(FormView form, Guid cardId, Guid? modalCardId, IReadOnlyDictionary<string, string> blockIds)
    {
        var errors = form.Fields.Where(f => !string.IsNullOrEmpty(f.Error)).ToList();
        if (cardId == modalCardId && errors.Count > 0)
        {
            var byBlock = new JsonObject();
            foreach (var field in errors) byBlock[blockIds.GetValueOrDefault(field.Id) ?? field.Id] = field.Error;
            return new JsonObject { ["response_action"] = "errors", ["errors"] = byBlock };
        }
        return new JsonObject { ["response_action"] = "update", ["view"] = BlockKitRenderer.RenderModal(form, cardId) };
    }
}
