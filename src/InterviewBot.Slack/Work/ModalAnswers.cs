using System.Text.Json.Nodes;
using InterviewBot.Cards;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;

namespace InterviewBot.Slack.Work;

/// <summary>
/// What a modal submission answers, decided from the engine's replies: the form again with errors
/// → <c>errors</c> by block id (Slack shows each under its field and keeps the modal open); another
/// form → <c>update</c>; anything else → <c>clear</c>, and the replies go to the chat.
/// </summary>
public static class ModalAnswers
{
    /// <summary>Gives the answer if Slack is still waiting; returns the reply it covered, which is then not sent again.</summary>
    public static BotReply? Give(SlackTurn turn, TurnResult result)
    {
        if (turn.ModalAnswer is not { } pending) return null;
        var (answer, covered) = Decide(result, turn.Submit?.CardId, turn.BlockIds);
        return pending.TryGive(answer) ? covered : null;
    }

    public static (JsonObject Answer, BotReply? Covered) Decide(TurnResult result, Guid? modalCardId, IReadOnlyDictionary<string, string> blockIds)
    {
        var formReply = result.Replies.FirstOrDefault(r => r.Card is FormView);
        if (formReply?.Card is not FormView form) return (new JsonObject { ["response_action"] = "clear" }, null);

        var errors = form.Fields.Where(f => !string.IsNullOrEmpty(f.Error)).ToList();
        if (formReply.ReplacesCard && formReply.CardId == modalCardId && errors.Count > 0)
        {
            var byBlock = new JsonObject();
            foreach (var field in errors) byBlock[blockIds.GetValueOrDefault(field.Id) ?? field.Id] = field.Error;
            return (new JsonObject { ["response_action"] = "errors", ["errors"] = byBlock }, formReply);
        }
        return (new JsonObject { ["response_action"] = "update", ["view"] = BlockKitRenderer.RenderModal(form, formReply.CardId) }, formReply);
    }
}
