namespace InterviewBot.Core.Conversations;

/// <summary>What a turn is for: an ordinary message or tap, the bot's hello on being added, or a person opening their home view or tapping a button on it.</summary>
public enum TurnPurpose
{
    Message,
    Welcome,
    Home,
}

/// <summary>
/// A message or tap as a channel hands it over: the neutral message, the platform's own serialized
/// address of the conversation (stored, so nudges can reach it later; the core never reads it), and
/// the channel's handles on this turn, which come back to the channel's transport with every reply.
/// </summary>
public sealed record InboundTurn(InboundMessage Message, string AddressReference, TransportTurn Transport, TurnPurpose Purpose = TurnPurpose.Message);
