// Stand-in for Going.Plaid (namespace Going.Plaid): only the members FinGuard's rules look at.
namespace Going.Plaid
{
    public enum Environment { Sandbox, Development, Production }

    public class PlaidOptions
    {
        public Environment Environment { get; set; }
        public string? ClientId { get; set; }
        public string? Secret { get; set; }
        public string? DefaultAccessToken { get; set; }
    }

    public class PlaidClient
    {
        public PlaidClient(Environment environment, string? clientId = null, string? secret = null, string? accessToken = null) { }
    }
}
