using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace InterviewBot.Testing;

/// <summary>
/// A self-signed certificate with its key in a .pfx file, as <c>dotnet dev-certs</c> or openssl would
/// make one, for hosts that run outside Development and must protect their Data Protection keys.
/// </summary>
public static class TestCertificate
{
    public const string Password = "test-pfx-password";

    private static readonly Lazy<string> File = new(Write);

    /// <summary>The .pfx file (made once per test run), opened with <see cref="Password"/>.</summary>
    public static string PfxPath => File.Value;

    /// <summary>The settings that give a host the certificate.</summary>
    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = PfxPath,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private static string Write()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=InterviewBot Data Protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var folder = Path.Combine(Path.GetTempPath(), "interviewbot-tests", "certificates");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"dataprotection-{Environment.ProcessId}-{Guid.NewGuid():N}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
