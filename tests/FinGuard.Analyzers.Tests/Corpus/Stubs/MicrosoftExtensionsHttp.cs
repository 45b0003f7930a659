// Stand-in for Microsoft.Extensions.Http's IHttpClientFactory (not referenced by the corpus compilation).
namespace System.Net.Http
{
    public interface IHttpClientFactory
    {
        HttpClient CreateClient(string name);
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using System.Net.Http;

    public interface IServiceCollection
    {
    }

    public interface IHttpClientBuilder
    {
    }

    public static class HttpClientFactoryServiceCollectionExtensions
    {
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, Action<HttpClient> configureClient) where TClient : class => null!;

        public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name, Action<HttpClient> configureClient) => null!;
    }
}
