using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;

namespace InterviewBot.Mail.Tests;

/// <summary>E-mail is on only with Email:Smtp:Host; then a wrong or missing setting stops start-up with one line naming it.</summary>
public sealed class SmtpSettingsTests
{
    /// <summary>The settings; a key given twice keeps its last value.</summary>
    private static IConfiguration Config(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.GroupBy(s => s.Key).Select(g => new KeyValuePair<string, string?>(g.Key, g.Last().Value))).Build();

    [Fact]
    public void Without_a_host_there_is_no_smtp_and_nothing_else_is_checked()
    {
        Assert.Null(SmtpSettings.Read(Config(("Email:Smtp:Port", "not a port"), ("Email:Smtp:User", "bot"))));
    }

    [Fact]
    public void A_complete_setting_reads_with_defaults_for_security_and_port()
    {
        var smtp = SmtpSettings.Read(Config(("Email:Smtp:Host", "smtp.example.test"), ("Email:Smtp:User", "bot"), ("Email:Smtp:Password", "secret"),
            ("Email:Smtp:From", "Hiring at Acme <hiring@acme.example>")))!;

        Assert.Equal(("smtp.example.test", 587, SmtpSecurity.StartTls), (smtp.Host, smtp.Port, smtp.Security));
        Assert.Equal(("Hiring at Acme", "hiring@acme.example"), (smtp.From.Name, smtp.From.Address));
    }

    [Theory]
    [InlineData("Email:Smtp:Security", "Email:Smtp:Security", "Tls")]
    [InlineData("Email:Smtp:Port", "Email:Smtp:Port", "70000")]
    [InlineData("Email:Smtp:Port", "Email:Smtp:Port", "smtp")]
    [InlineData("Email:Smtp:Password", "Email:Smtp:User", "bot")]
    [InlineData("Email:Smtp:User", "Email:Smtp:Password", "secret")]
    [InlineData("Email:Smtp:From", "Email:Smtp:From", "not an address")]
    public void A_wrong_setting_stops_startup_naming_it(string named, string key, string value)
    {
        var settings = new List<(string, string?)> { ("Email:Smtp:Host", "smtp.example.test"), ("Email:Smtp:From", "bot@acme.example"), (key, value) };

        var failure = Assert.Throws<SettingException>(() => SmtpSettings.Read(Config([.. settings])));

        Assert.Contains(named, failure.Message);
        Assert.DoesNotContain("\n", failure.Message);
    }

    [Fact]
    public void A_missing_sender_address_stops_startup_naming_it()
    {
        var failure = Assert.Throws<SettingException>(() => SmtpSettings.Read(Config(("Email:Smtp:Host", "smtp.example.test"))));

        Assert.Contains("Email:Smtp:From", failure.Message);
    }

    [Fact]
    public void A_password_is_never_sent_unencrypted_to_another_machine()
    {
        var failure = Assert.Throws<SettingException>(() => SmtpSettings.Read(Config(("Email:Smtp:Host", "smtp.example.invalid"),
            ("Email:Smtp:Security", "None"), ("Email:Smtp:User", "bot"), ("Email:Smtp:Password", "secret"), ("Email:Smtp:From", "bot@acme.example"))));

        Assert.Contains("Email:Smtp:Security", failure.Message);
    }
}
