using System.Collections;
using Microsoft.Build.Framework;

namespace FinGuard.Build.Tests.Unit;

/// <summary>Collects what a task logs, formatted the way MSBuild's console logger prints it.</summary>
public sealed class FakeBuildEngine : IBuildEngine
{
    public List<string> Errors { get; } = new List<string>();

    public List<string> Warnings { get; } = new List<string>();

    public List<string> Messages { get; } = new List<string>();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "App.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;

    public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add($"{e.File}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}");

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add($"{e.File}({e.LineNumber},{e.ColumnNumber}): warning {e.Code}: {e.Message}");
}
