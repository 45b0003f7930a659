// Stand-in for Polly / Polly.Core (real namespace and type names; only what the corpus calls).
namespace Polly
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;

    public class ResiliencePipeline
    {
        public ValueTask<TResult> ExecuteAsync<TResult>(Func<CancellationToken, ValueTask<TResult>> callback, CancellationToken cancellationToken = default) => callback(cancellationToken);

        public ValueTask ExecuteAsync(Func<CancellationToken, ValueTask> callback, CancellationToken cancellationToken = default) => callback(cancellationToken);
    }

    public interface IAsyncPolicy
    {
        Task<TResult> ExecuteAsync<TResult>(Func<Task<TResult>> action);

        Task ExecuteAsync(Func<Task> action);
    }

    public interface IAsyncPolicy<TResult>
    {
        Task<TResult> ExecuteAsync(Func<Task<TResult>> action);
    }
}
