using InterviewBot.Core.Mail;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewBot.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// The .ics writer always; SMTP as the way out when <c>Email:Smtp:Host</c> is set (its settings checked now,
    /// stopping start-up with the setting named). SMTP replaces any other way out registered before (local
    /// mode's Outbox). Without a host nothing is added, and mail stays off unless local mode turned its Outbox on.
    /// </summary>
    public static IServiceCollection AddInterviewBotMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ICallCalendar, IcsCalendar>();
        if (SmtpSettings.Read(configuration) is not { } smtp) return services;

        services.RemoveAll<IMailSender>();
        services.RemoveAll<MailOptions>();
        services.AddSingleton(smtp);
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton(new MailOptions(true, smtp.From.Address, smtp.From.Name ?? "InterviewBot"));
        return services;
    }
}
