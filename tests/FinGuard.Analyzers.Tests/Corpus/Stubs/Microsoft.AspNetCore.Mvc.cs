// Stand-in for ASP.NET Core MVC (shared framework "Microsoft.AspNetCore.App"): real namespace and type names, only the members rules need.
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }

    public sealed class ActionResult<TValue>
    {
        public ActionResult(TValue value) => Value = value;
        public TValue Value { get; }
        public static implicit operator ActionResult<TValue>(TValue value) => new(value);
    }

    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class ApiControllerAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method)]
    public sealed class RouteAttribute : System.Attribute { public RouteAttribute(string template) { } }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class HttpGetAttribute : System.Attribute { public HttpGetAttribute() { } public HttpGetAttribute(string template) { } }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class HttpPostAttribute : System.Attribute { public HttpPostAttribute() { } public HttpPostAttribute(string template) { } }

    [System.AttributeUsage(System.AttributeTargets.Parameter)]
    public sealed class FromBodyAttribute : System.Attribute { }

    public abstract class ControllerBase
    {
        public virtual IActionResult Ok(object? value) => null!;
        public virtual IActionResult NotFound() => null!;
        public virtual IActionResult BadRequest(object? error) => null!;
        public virtual IActionResult StatusCode(int statusCode, object? value) => null!;
    }
}
