// Stand-in for Microsoft.Extensions.Http's IHttpClientFactory (not referenced by the corpus compilation).
namespace System.Net.Http
{
    public interface IHttpClientFactory
    {
        HttpClient CreateClient(string name);
    }
}
