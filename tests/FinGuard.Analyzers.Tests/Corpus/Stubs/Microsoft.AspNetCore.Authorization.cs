// Stand-ins for ASP.NET Core authorization, minimal APIs and Razor Pages (shared framework "Microsoft.AspNetCore.App"):
// real namespaces and type names, only the members the FG5xxx rules and the corpus need.
namespace Microsoft.AspNetCore.Authorization
{
    public interface IAuthorizeData { string? Policy { get; set; } string? Roles { get; set; } string? AuthenticationSchemes { get; set; } }
    public interface IAllowAnonymous { }

    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
    public class AuthorizeAttribute : System.Attribute, IAuthorizeData
    {
        public AuthorizeAttribute() { }
        public AuthorizeAttribute(string policy) { Policy = policy; }
        public string? Policy { get; set; }
        public string? Roles { get; set; }
        public string? AuthenticationSchemes { get; set; }
    }

    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public class AllowAnonymousAttribute : System.Attribute, IAllowAnonymous { }

    public class AuthorizationPolicy { }
    public class AuthorizationPolicyBuilder
    {
        public AuthorizationPolicyBuilder RequireRole(params string[] roles) => this;
        public AuthorizationPolicyBuilder RequireAuthenticatedUser() => this;
        public AuthorizationPolicy Build() => new AuthorizationPolicy();
    }

    public class AuthorizationOptions
    {
        public AuthorizationPolicy? FallbackPolicy { get; set; }
        public void AddPolicy(string name, System.Action<AuthorizationPolicyBuilder> configure) { }
    }
}

namespace Microsoft.AspNetCore.Http
{
    public delegate System.Threading.Tasks.Task RequestDelegate(HttpContext context);
    public abstract class HttpContext { }
    public interface IResult { }
    public static class Results
    {
        public static IResult Ok(object? value = null) => null!;
        public static IResult BadRequest(object? error = null) => null!;
    }
}

namespace Microsoft.AspNetCore.Routing
{
    public interface IEndpointRouteBuilder { }
}

namespace Microsoft.AspNetCore.Builder
{
    public interface IEndpointConventionBuilder { }
    public sealed class RouteHandlerBuilder : IEndpointConventionBuilder { }
    public sealed class RouteGroupBuilder : IEndpointConventionBuilder, Microsoft.AspNetCore.Routing.IEndpointRouteBuilder { }
    public sealed class ControllerActionEndpointConventionBuilder : IEndpointConventionBuilder { }

    public static class EndpointRouteBuilderExtensions
    {
        public static RouteHandlerBuilder MapGet(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new RouteHandlerBuilder();
        public static RouteHandlerBuilder MapPost(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new RouteHandlerBuilder();
        public static RouteHandlerBuilder MapPut(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new RouteHandlerBuilder();
        public static RouteHandlerBuilder MapDelete(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new RouteHandlerBuilder();
        public static RouteGroupBuilder MapGroup(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string prefix) => new RouteGroupBuilder();
    }

    public static class ControllerEndpointRouteBuilderExtensions
    {
        public static ControllerActionEndpointConventionBuilder MapControllers(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => new ControllerActionEndpointConventionBuilder();
    }

    public static class AuthorizationEndpointConventionBuilderExtensions
    {
        public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder;
        public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder, params string[] policyNames) where TBuilder : IEndpointConventionBuilder => builder;
        public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder, System.Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder> configurePolicy) where TBuilder : IEndpointConventionBuilder => builder;
        public static TBuilder AllowAnonymous<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder;
    }

    public sealed class WebApplication : Microsoft.AspNetCore.Routing.IEndpointRouteBuilder { }
}

namespace Microsoft.AspNetCore.Mvc
{
    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class HttpDeleteAttribute : System.Attribute { public HttpDeleteAttribute() { } public HttpDeleteAttribute(string template) { } }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class NonActionAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Parameter)]
    public sealed class FromHeaderAttribute : System.Attribute { public string? Name { get; set; } }
}

namespace Microsoft.AspNetCore.Mvc.Authorization
{
    public class AuthorizeFilter { public AuthorizeFilter(string policy) { } }
}

namespace Microsoft.AspNetCore.Mvc.RazorPages
{
    public abstract class PageModel
    {
        public virtual Microsoft.AspNetCore.Mvc.IActionResult Page() => null!;
        public virtual Microsoft.AspNetCore.Mvc.IActionResult RedirectToPage(string pageName) => null!;
    }
}
