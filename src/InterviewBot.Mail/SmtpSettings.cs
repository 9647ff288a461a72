using System.Globalization;
using System.Net;
using InterviewBot.Core.Ports;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace InterviewBot.Mail;

/// <summary>How the SMTP connection is secured: not at all, upgraded after connecting, or TLS from the start.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// <c>Email:Smtp:*</c>: where mail leaves. Only <see cref="HostSetting"/> turns e-mail on; the rest is then
/// checked at start-up, and a setting that is wrong stops it with one line naming the setting.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, SmtpSecurity Security, string? User, string? Password, MailboxAddress From)
{
    public const string Section = "Email:Smtp";
    public const string HostSetting = Section + ":Host";
    public const string PortSetting = Section + ":Port";
    public const string SecuritySetting = Section + ":Security";
    public const string UserSetting = Section + ":User";
    public const string PasswordSetting = Section + ":Password";
    public const string FromSetting = Section + ":From";

    /// <summary>The settings, or null when <see cref="HostSetting"/> is empty (no e-mail leaves the machine).</summary>
    /// <exception cref="SettingException">A setting is wrong or missing; the message names it.</exception>
    public static SmtpSettings? Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var host = configuration[HostSetting]?.Trim();
        if (string.IsNullOrEmpty(host)) return null;

        var securityText = configuration[SecuritySetting]?.Trim();
        var security = SmtpSecurity.StartTls;
        if (!string.IsNullOrEmpty(securityText) && (!Enum.TryParse(securityText, ignoreCase: true, out security) || int.TryParse(securityText, out _)))
            throw Wrong($"{SecuritySetting} is \"{securityText}\"; use None, StartTls or SslOnConnect.");

        var port = security switch { SmtpSecurity.SslOnConnect => 465, SmtpSecurity.StartTls => 587, _ => 25 };
        var portText = configuration[PortSetting]?.Trim();
        if (!string.IsNullOrEmpty(portText) && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            throw Wrong($"{PortSetting} is \"{portText}\"; use a port number from 1 to 65535 (587 for StartTls, 465 for SslOnConnect).");

        var user = Blank(configuration[UserSetting]);
        var password = Blank(configuration[PasswordSetting]);
        if (user is not null && password is null) throw Wrong($"{PasswordSetting} is empty, but {UserSetting} is set: give the password for {user}.");
        if (user is null && password is not null) throw Wrong($"{UserSetting} is empty, but {PasswordSetting} is set: give the user name it belongs to.");
        if (user is not null && security == SmtpSecurity.None && !IsLoopback(host))
            throw Wrong($"{SecuritySetting} is None, which would send {PasswordSetting} to {host} unencrypted; use StartTls or SslOnConnect.");

        var fromText = Blank(configuration[FromSetting]);
        if (fromText is null) throw Wrong($"{FromSetting} is empty; give the address mail is sent from, e.g. \"InterviewBot <interviewbot@example.com>\".");
        if (!MailboxAddress.TryParse(fromText, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
            throw Wrong($"{FromSetting} is \"{fromText}\", which is not an e-mail address; e.g. \"InterviewBot <interviewbot@example.com>\".");
        if (string.IsNullOrEmpty(from.Name)) from.Name = "InterviewBot";

        return new SmtpSettings(host, port, security, user, password, from);
    }

    /// <summary>MailKit's option for <see cref="Security"/>: StartTls is required, never silently skipped.</summary>
    public SecureSocketOptions SocketOptions => Security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static SettingException Wrong(string message) => new(message);
}
