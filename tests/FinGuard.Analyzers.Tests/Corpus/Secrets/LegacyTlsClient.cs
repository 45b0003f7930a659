using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Threading.Tasks;

namespace Corpus.Secrets
{
    // A remittance client written for .NET Framework 4.5 and carried forward: it still offers TLS 1.0 and 1.1 to the
    // bank's API before every call. Look-alikes: TLS 1.2 only, the system default, removals, reads and display code.
    public class RemittanceClient
    {
        private readonly HttpClient _http = new HttpClient();

        public Task<string> QuoteAsync(string corridor)
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls; // expect: FG4006
            return _http.GetStringAsync("https://api.remit-bank.example/quotes/" + corridor);
        }

        public Task<string> SendAsync(string transferId)
        {
            ServicePointManager.SecurityProtocol =
                SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12; // expect: FG4006
            return _http.GetStringAsync("https://api.remit-bank.example/transfers/" + transferId);
        }

        public static void LegacyBootstrap()
        {
            ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072 | (SecurityProtocolType)768; // expect: FG4006
        }

#pragma warning disable SYSLIB0039 // the old versions are obsolete: that is the finding
        public static HttpClient SettlementClient() => new HttpClient(new HttpClientHandler
        {
            SslProtocols = SslProtocols.Tls | SslProtocols.Tls12, // expect: FG4006
        });

        public static Task ConnectAsync(SslStream stream)
            => stream.AuthenticateAsClientAsync("settlement.remit-bank.example", null, SslProtocols.Tls11 | SslProtocols.Tls12, true); // expect: FG4006
#pragma warning restore SYSLIB0039
    }

    public class ModernRemittanceClient
    {
        public static void Configure()
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
            ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls | SecurityProtocolType.Tls11);
        }

        public static bool OffersOldVersions()
            => (ServicePointManager.SecurityProtocol & (SecurityProtocolType.Tls | SecurityProtocolType.Tls11)) != 0;

        public static string Describe(SecurityProtocolType protocol) => protocol switch
        {
            SecurityProtocolType.Tls => "TLS 1.0 (disabled)",
            SecurityProtocolType.Tls11 => "TLS 1.1 (disabled)",
            _ => protocol.ToString(),
        };
    }
}
