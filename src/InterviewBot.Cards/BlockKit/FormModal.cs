using System.Text.Json.Nodes;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.BlockKit.BlockElements;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// A form as a Slack modal (views.open / views.update). Its Submit button becomes the modal's
/// submit, with the button's verb, card id and data in <c>private_metadata</c>; Cancel becomes
/// the close button (closing needs no round trip: the form simply goes away).
/// </summary>
internal static class FormModal
{
    public const string CallbackId = "interviewbot";

    public static JsonObject Render(FormView view, Guid cardId)
    {
        var ids = FieldBlockIds.For(view.Fields);
        var canvas = new BlockCanvas(cardId, ids);
        var metadata = ActionValues.Encode(view.Submit, cardId, ids.Aliases);

        var head = new List<JsonObject>();
        // The modal's title holds 24 characters: a longer one is shown in full at the top as well.
        if (SlackText.Plain(view.Title).Trim().Length > BlockKitRenderer.MaxModalTitle) head.Add(Header(view.Title));
        List<BlockGroup> groups;
        if (metadata.Length > BlockLimits.PrivateMetadata)
        {
            // Without its metadata the submit could not say what it is for: better no form than a wrong one.
            metadata = "";
            head.Add(Warning("This form carries more data than Slack can keep with it, so it cannot be filled in here. Ask me again in chat, e.g. type `help`."));
            groups = [new(head, GroupRole.Head)];
        }
        else
        {
            if (FormBlocks.Error(view) is { } error) head.Add(error);
            if (FormBlocks.Intro(view) is { } intro) head.Add(intro);
            groups = [new(head, GroupRole.Head), .. FormBlocks.FieldGroups(view, canvas)];
        }

        var blocks = BlockBudget.Fit(groups, BlockKitRenderer.MaxModalBlocks, dropped => LeftOut.Note(dropped, BlockKitRenderer.MaxModalBlocks, "form"));
        var modal = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = PlainText(view.Title, BlockKitRenderer.MaxModalTitle),
        };
        if (metadata.Length > 0) modal["submit"] = PlainText(view.Submit.Label, BlockLimits.ModalButtonText);
        modal["close"] = PlainText(view.Cancel?.Label ?? "Close", BlockLimits.ModalButtonText);
        modal["private_metadata"] = metadata;
        modal["blocks"] = new JsonArray(blocks.Select(b => (JsonNode)b).ToArray());
        return modal;
    }
}
