namespace InterviewBot.Core.Ports;

/// <summary>
/// A setting is missing or wrong. The message names the setting and says what to put there, so start-up
/// stops with it as one plain line: a setting is the operator's to fix, not a bug whose stack trace
/// helps. Every other exception at start-up (a service that cannot be built…) keeps its stack trace.
/// </summary>
public sealed class SettingException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
