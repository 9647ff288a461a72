namespace InterviewBot.Core.Domain;

/// <summary>
/// A rule of the domain was broken by the user's request (not a bug). The message is written for
/// the user and is shown to them as is.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
