// Stand-in for Serilog (package "Serilog"): real namespace and type names, only the members rules need.
namespace Serilog
{
    public interface ILogger
    {
        void Information(string messageTemplate, params object?[]? propertyValues);
        void Warning(string messageTemplate, params object?[]? propertyValues);
        void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
        ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
    }

    public static class Log
    {
        public static ILogger Logger { get; set; } = null!;
        public static void Information(string messageTemplate, params object?[]? propertyValues) { }
        public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
        public static void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
    }
}
