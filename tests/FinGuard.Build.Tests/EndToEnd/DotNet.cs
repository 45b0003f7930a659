using System.Diagnostics;
using System.Text;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>Runs the dotnet CLI the way a user's CI would, with no build servers left behind.</summary>
public static class DotNet
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}";
    }

    public static Result Run(string workingDirectory, params string[] arguments) =>
        RunWith(workingDirectory, environment: null, arguments);

    /// <summary>Runs dotnet with extra environment variables (for example a private <c>DOTNET_CLI_HOME</c>).</summary>
    public static Result RunWith(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // A compiler server or MSBuild node outliving the build would keep the output pipes open.
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Properties of the test run itself must not leak into the user-like builds.
        foreach (string variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "VSTEST_HOST_DEBUG" })
        {
            info.Environment.Remove(variable);
        }

        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            info.Environment[variable.Key] = variable.Value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " timed out\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    /// <summary>Build arguments every end-to-end build uses: classic console output, no compiler server.</summary>
    public static string[] BuildArguments(string target, params string[] extra)
    {
        var arguments = new List<string> { "build", target, "-nologo", "-tl:off", "-v:m", "-nodeReuse:false", "-p:UseSharedCompilation=false" };
        arguments.AddRange(extra);
        return arguments.ToArray();
    }
}
