using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InterviewBot.Core.Ports;
using InterviewBot.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace InterviewBot.Host;

/// <summary>
/// ASP.NET Core Data Protection, which encrypts the secrets the bot keeps (Slack bot tokens, calendar feed addresses). Its key
/// ring lives in the database, so every host of a cluster reads the same keys; each key is encrypted
/// with the certificate in <c>DataProtection:CertificatePath</c>, so a copied database alone reveals
/// nothing. Outside Development start-up stops without the certificate; in Development (local mode
/// from a fresh clone) the keys are kept unencrypted.
/// </summary>
internal static class DataProtectionSetup
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    /// <summary>Keys are shared by every host with this name (and the same database).</summary>
    public const string ApplicationName = "InterviewBot";

    public static IServiceCollection AddInterviewBotDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var protection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<InterviewBotDbContext>();
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsDevelopment()) return services;
            throw new SettingException(
                $"Setting {CertificatePathKey} is missing: outside Development the keys that encrypt stored tokens and calendar addresses must be protected with a certificate (a .pfx file, see README, Connect Slack).");
        }
        var certificate = Load(path.Trim(), configuration[CertificatePasswordKey], environment.ContentRootPath);
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }

    private static X509Certificate2 Load(string path, string? password, string contentRoot)
    {
        var full = Path.GetFullPath(path, contentRoot);
        if (!File.Exists(full))
            throw new SettingException($"Setting {CertificatePathKey} is \"{path}\", but there is no such file.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(full, password);
        }
        catch (CryptographicException)
        {
            throw new SettingException(
                $"Setting {CertificatePathKey} names \"{path}\", which cannot be opened as a .pfx file with {CertificatePasswordKey}: check the file and the password.");
        }
        if (!certificate.HasPrivateKey)
            throw new SettingException($"Setting {CertificatePathKey} names \"{path}\", which has no private key: export the certificate with its key (.pfx).");
        return certificate;
    }
}
