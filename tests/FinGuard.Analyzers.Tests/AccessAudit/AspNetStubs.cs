using System.IO;

namespace FinGuard.Analyzers.Tests.AccessAudit;

/// <summary>The ASP.NET Core stand-ins under Corpus/Stubs (real namespaces and type names), shared by the FG5xxx tests.</summary>
internal static class AspNetStubs
{
    public static string Source => "\n" + Read("Microsoft.AspNetCore.Mvc.cs") + "\n" + Read("Microsoft.AspNetCore.Authorization.cs");

    public static string Read(string name) => File.ReadAllText(Path.Combine(CorpusTests.CorpusRoot, "Stubs", name));
}
