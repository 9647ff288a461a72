using System.Net;
using System.Security.Cryptography;
using InterviewBot.Host.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>
/// The keys that encrypt stored tokens: in the database, encrypted with the configured certificate, and
/// required outside Development; local mode from a fresh clone needs no certificate.
/// </summary>
public sealed class DataProtectionTests : IDisposable
{
    private const string Purpose = "InterviewBot.Tests.DataProtection";

    private static readonly Dictionary<string, string?> Production = new()
    {
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Outside_Development_without_a_certificate_startup_stops_naming_the_setting()
    {
        using var host = new BotHost(_data, new Dictionary<string, string?>(Production) { ["DataProtection:CertificatePath"] = "" }) { Environment = "Production" };

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Setting DataProtection:CertificatePath is missing", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_file_that_does_not_open_stops_startup_naming_the_password()
    {
        using var host = new BotHost(_data, new Dictionary<string, string?>(Production)
        {
            ["DataProtection:CertificatePath"] = TestCertificate.PfxPath,
            ["DataProtection:CertificatePassword"] = "not-the-password",
        }) { Environment = "Production" };

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("DataProtection:CertificatePassword", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_certificate_the_keys_are_stored_encrypted_and_another_host_reads_what_one_sealed()
    {
        string sealedText;
        await using (var first = new BotHost(_data, Production) { Environment = "Production" })
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/healthz")).StatusCode);
            sealedText = Protector(first).Protect("xoxb-a-secret-token");
        }
        var file = new DataFile(_data);
        var keyXml = await file.ScalarAsync<string>("SELECT Xml FROM DataProtectionKeys LIMIT 1");
        Assert.Contains("encryptedSecret", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", keyXml, StringComparison.Ordinal); // the key's own bytes are never stored in clear

        // A restarted host (or another host of a cluster) with the same certificate reads it.
        await using var second = new BotHost(_data, Production) { Environment = "Production" };
        _ = second.CreateClient();
        Assert.Equal("xoxb-a-secret-token", Protector(second).Unprotect(sealedText));
        // The same certificate on another database has none of the keys: the ring is the database's.
        using var otherData = new TempFolder();
        await using var other = new BotHost(otherData, Production) { Environment = "Production" };
        _ = other.CreateClient();
        Assert.ThrowsAny<CryptographicException>(() => Protector(other).Unprotect(sealedText));
    }

    [Fact]
    public async Task In_Development_no_certificate_is_needed_and_the_keys_are_still_the_databases()
    {
        string sealedText;
        await using (var host = new BotHost(_data))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/healthz")).StatusCode);
            sealedText = Protector(host).Protect("local");
        }

        await using var restarted = new BotHost(_data);
        _ = restarted.CreateClient();
        Assert.Equal("local", Protector(restarted).Unprotect(sealedText));
        using var otherData = new TempFolder();
        await using var other = new BotHost(otherData);
        _ = other.CreateClient();
        Assert.ThrowsAny<CryptographicException>(() => Protector(other).Unprotect(sealedText));
    }

    private static IDataProtector Protector(BotHost host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static string Flatten(Exception failure) =>
        string.Join(" | ", EnumerateChain(failure).Select(e => e.Message));

    private static IEnumerable<Exception> EnumerateChain(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException) yield return failure;
    }
}
