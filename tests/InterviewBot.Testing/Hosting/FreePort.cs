using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Testing;

/// <summary>A loopback port nothing listens on right now, for a process or server a test starts.</summary>
public static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
