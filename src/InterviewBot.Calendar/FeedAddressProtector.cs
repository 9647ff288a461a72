using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace InterviewBot.Calendar;

/// <summary>
/// A feed's secret address, encrypted with ASP.NET Core Data Protection under a purpose of its own: the
/// host's key ring (in the database, protected by a certificate outside Development) holds the keys.
/// </summary>
internal sealed class FeedAddressProtector(IDataProtectionProvider provider) : Core.Calendar.IFeedAddressProtector
{
    public const string Purpose = "InterviewBot.Calendar.FeedAddress.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string address) => _protector.Protect(address);

    public string? Unprotect(string protectedAddress)
    {
        try
        {
            return _protector.Unprotect(protectedAddress);
        }
        catch (CryptographicException)
        {
            return null; // the key is gone from the ring: the owner adds the address again
        }
    }
}
