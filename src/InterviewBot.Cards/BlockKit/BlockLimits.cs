namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// Slack's Block Kit limits that the public constants on <see cref="BlockKitRenderer"/> do not
/// name (docs.slack.dev/reference/block-kit). Slack rejects the whole message or view when one
/// is broken, so the renderer cuts or leaves things out on purpose instead.
/// </summary>
internal static class BlockLimits
{
    public const int HeaderText = 150;
    public const int FieldText = 2000;
    public const int ContextText = 3000;
    public const int ContextElements = 10;
    public const int Placeholder = 150;
    public const int OptionText = 75;
    public const int OptionDescription = 75;
    public const int OptionValue = 150;
    public const int SelectOptions = 100;
    public const int CheckboxOptions = 10;
    public const int ModalButtonText = 24;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;

    /// <summary>Slack cuts a message's top-level text at 40,000 characters and advises far less; a notification shows one line.</summary>
    public const int FallbackText = 3000;
}
