using System.IO;
using Xunit;

namespace FinGuard.Build.Tests.EndToEnd
{
    /// <summary>
    /// The fixes work from the command line exactly as in the IDE: <c>dotnet format analyzers</c> applies Fix All over
    /// the project from the packed package, adds no file to the project, and the result builds through the gate.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    public class FormatEndToEndTests
    {
        private readonly PackageFeed _feed;

        public FormatEndToEndTests(PackageFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Dotnet_format_applies_the_FG1001_fix_across_files_and_the_build_passes()
        {
            TestProject project = _feed.CreateProject("format")
                .WriteFile("Checkout.cs", "namespace App;\n\npublic class Checkout\n{\n    public string CardNumber { get; set; } = \"\";\n    private string _pan = \"\";\n    public string Copy(Checkout other) { _pan = other.CardNumber; return _pan; }\n}\n")
                .WriteFile("Use.cs", "namespace App;\n\npublic static class Use\n{\n    public static string Get(Checkout c) => c.CardNumber;\n}\n");
            string projectBefore = File.ReadAllText(project.ProjectFile);
            Assert.NotEqual(0, project.Build().ExitCode);

            DotNet.Result format = DotNet.Run(project.Directory, "format", "analyzers", project.ProjectFile, "--diagnostics", "FG1001", "--severity", "warn");
            Assert.True(format.ExitCode == 0, format.ToString());

            Assert.Equal("namespace App;\n\npublic class Checkout\n{\n    public string CardToken { get; set; } = \"\";\n    private string _cardToken = \"\";\n    public string Copy(Checkout other) { _cardToken = other.CardToken; return _cardToken; }\n}\n",
                File.ReadAllText(Path.Combine(project.Directory, "Checkout.cs")));
            Assert.Equal("namespace App;\n\npublic static class Use\n{\n    public static string Get(Checkout c) => c.CardToken;\n}\n",
                File.ReadAllText(Path.Combine(project.Directory, "Use.cs")));
            Assert.Equal(projectBefore, File.ReadAllText(project.ProjectFile));

            DotNet.Result build = project.Build();
            Assert.True(build.ExitCode == 0, build.ToString());
        }
    }
}
