using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Calendar;

/// <summary>
/// Whether an address is on the public internet. A feed address is typed by a person, so it must not reach
/// into the bot's own network: loopback, private ranges (10/8, 172.16/12, 192.168/16), link-local (which
/// holds the cloud metadata address 169.254.169.254), carrier-grade NAT (100.64/10), IPv6 unique-local
/// (fc00::/7, which holds fd00:ec2::254) and link-local, and the unspecified, multicast and reserved ranges
/// are not. An IPv4 address inside IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it is.
/// </summary>
public static class PublicAddresses
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return false;
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224 // this network, private, loopback, multicast and reserved
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)          // carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                        // link-local, cloud metadata
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2)) // IETF protocol assignments, documentation
        || (b[0] == 198 && (b[1] == 18 || b[1] == 19))          // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100) || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
        var b = address.GetAddressBytes();
        // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) carry an IPv4 address: judged as that address.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsPublicV4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublicV4(b[2..6]);
        return (b[0] & 0xe0) == 0x20; // global unicast is 2000::/3
    }
}
