using System.Collections.Immutable;
using System.IO;
using System.Threading;
using FinGuard.Analyzers.CardData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 and the application's own types (issue 18, set 6): a copy into a DTO of another project of the same solution
/// maps between the application's own types, whatever the projects are named (Infrastructure into Shared); a project
/// reference is a compilation reference in the IDE and the referenced project's bin/obj output in a build. A gateway
/// library from a package or committed to the repository stays external. Members whose type cannot carry the card value
/// (Guid card ids, flags, dates, enums) are not card data, on own and external types alike.
/// </summary>
public class RawCardDataApplicationTypesTests
{
    private const string SharedDto = """
namespace Shared.Dto
{
    public class CardDto { public string CardNumber { get; set; } = ""; public string CVV { get; set; } = ""; }
}
""";

    private const string Mapping = """
public class CardEntity { public string CardNumber { get; set; } = ""; public string CVV { get; set; } = ""; }
public class CardRepository
{
    public Shared.Dto.CardDto MapToDto(CardEntity card) => new Shared.Dto.CardDto { CardNumber = card.CardNumber, CVV = card.CVV };
}
""";

    private const string ReportedMapping = """
public class CardEntity { public string CardNumber { get; set; } = ""; public string CVV { get; set; } = ""; }
public class CardRepository
{
    public Shared.Dto.CardDto MapToDto(CardEntity card) => new Shared.Dto.CardDto { {|FG1005:CardNumber = card.CardNumber|}, {|FG1005:CVV = card.CVV|} };
}
""";

    [Fact]
    public async Task Copies_into_a_referenced_projects_types_are_not_reported()
    {
        // Infrastructure -> Shared: the assembly names share no first segment; the project reference says it is the application's.
        var test = new VerifyCS.Test { TestCode = Mapping };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Infrastructure"));
        test.TestState.AdditionalProjects["Shared"].Sources.Add(("CardDto.cs", SharedDto));
        test.TestState.AdditionalProjectReferences.Add("Shared");
        await test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/Shared/obj/Debug/net8.0/ref/Shared.dll", false)]
    [InlineData("C:\\repo\\Shared\\bin\\Debug\\Shared.dll", false)]
    [InlineData("/home/ci/.nuget/packages/shared/1.0.0/lib/net8.0/Shared.dll", true)]
    [InlineData("C:\\repo\\packages\\Shared.1.0.0\\lib\\net45\\Shared.dll", true)]
    [InlineData("/repo/lib/Shared.dll", true)]
    public async Task Copies_into_a_referenced_assembly_depend_on_where_its_file_is(string path, bool reported)
    {
        var test = new VerifyCS.Test { TestCode = reported ? ReportedMapping : Mapping };
        test.TestState.AdditionalReferences.Add(await EmitAsync("Shared", SharedDto, path));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/Gateway/bin/Release/net8.0/Gateway.dll", false)]
    [InlineData("/usr/share/dotnet/packs/Gateway.Ref/8.0.0/ref/net8.0/Gateway.dll", true)]
    [InlineData("C:\\Program Files\\dotnet\\packs\\Gateway.Ref\\8.0.0\\ref\\net8.0\\Gateway.dll", true)]
    [InlineData("C:\\Program Files (x86)\\Reference Assemblies\\Microsoft\\Framework\\.NETFramework\\v4.8\\obj\\Gateway.dll", true)]
    [InlineData("/work/obj-tools/binaries/Gateway.dll", true)]
    public void Project_output_paths_are_bin_or_obj_folders_outside_package_and_sdk_folders(string path, bool external)
        => Assert.Equal(!external, ApplicationAssemblies.IsProjectOutputPath(path));

    [Fact]
    public Task Members_that_cannot_hold_card_data_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System;
using GatewayLib.Proxy;
public enum CardNumberKind { Primary, Secondary }
public class Transfer
{
    public Guid CardNumberSender { get; set; }
    public Guid? CardNumberRecipient { get; set; }
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
}
public class TransferRecord
{
    public Guid CardNumberSender { get; set; }
    public bool CardNumberVerified { get; set; }
    public DateTime CardNumberUpdated { get; set; }
    public CardNumberKind CardNumberKind { get; set; }
}
public class Mapper
{
    public object Map(Transfer payment, bool cardNumberVerified, DateTimeOffset cardNumberUpdated)
    {
        var record = new TransferRecord { CardNumberSender = payment.CardNumberSender, CardNumberVerified = cardNumberVerified };
        var external = new CardTransfer
        {
            CardNumberSender = payment.CardNumberSender,
            CardNumberRecipient = payment.CardNumberRecipient,
            CardNumberUpdated = cardNumberUpdated,
            {|FG1005:CardNumber = payment.CardNumber|},
            {|FG1005:Cvv = payment.Cvv|},
        };
        return (record, external);
    }
}
""");

    [Fact]
    public async Task Guid_members_of_a_referenced_library_are_not_reported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
using System;
public class Transfer { public Guid CardNumberSender { get; set; } public string CardNumber { get; set; } = ""; }
public class Forwarder
{
    public GatewayLib.CardTransfer Forward(Transfer t) => new GatewayLib.CardTransfer { CardNumberSender = t.CardNumberSender, {|FG1005:CardNumber = t.CardNumber|} };
}
""",
        };
        test.TestState.AdditionalReferences.Add(await EmitAsync("GatewayLib", """
namespace GatewayLib { public class CardTransfer { public System.Guid CardNumberSender { get; set; } public string CardNumber { get; set; } = ""; } }
""", "/home/ci/.nuget/packages/gatewaylib/2.1.0/lib/net8.0/GatewayLib.dll"));
        await test.RunAsync();
    }

    // A library compiled against the tests' .NET 8 reference assemblies, given the file path a build would pass.
    internal static async Task<MetadataReference> EmitAsync(string assemblyName, string source, string path)
    {
        ImmutableArray<MetadataReference> framework = await Verifiers.TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        CSharpCompilation library = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = library.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(ImmutableArray.Create(image.ToArray()), filePath: path);
    }
}
