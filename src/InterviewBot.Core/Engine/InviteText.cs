namespace InterviewBot.Core.Engine;

/// <summary>The ready sentence a recruiter pastes into the invitation (plain text, so it copies as is), in the form the platform's users type.</summary>
public static class InviteText
{
    public static string Sentence(IssuedInvite invite, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var typed = workspace?.Platform == Platforms.Slack ? $"/interview join {invite.Code}" : $"join {invite.Code}";
        return $"To prepare for our call with InterviewBot, message it: \"{typed}\"";
    }
}
