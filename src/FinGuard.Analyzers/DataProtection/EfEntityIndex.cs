using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// Which types a compilation maps as EF Core entities and which of their properties are stored encrypted (or not
/// at all), read once per compilation from syntax. Built from syntax rather than symbols so that each property
/// finding can be reported from the property's own symbol action: local diagnostics get the lightbulb and Fix All
/// in the IDE, where compilation-end diagnostics would not. Entities: <c>DbSet&lt;T&gt;</c>, <c>Entity&lt;T&gt;</c>,
/// <c>IEntityTypeConfiguration&lt;T&gt;</c>, <c>EntityTypeBuilder&lt;T&gt;</c>, and the documents of a document store:
/// <c>IMongoCollection&lt;T&gt;</c>, <c>ILiteCollection&lt;T&gt;</c>, <c>GetCollection&lt;T&gt;(...)</c> in a file that
/// uses MongoDB or LiteDB, Cosmos DB's <c>CreateItemAsync&lt;T&gt;</c>/<c>UpsertItemAsync&lt;T&gt;</c>/<c>ReplaceItemAsync&lt;T&gt;</c>
/// in a file that uses Cosmos (issue 18, set 7: a document's account number or wallet balance is stored as an EF
/// row's is; names only, so that it works before restore too). Protected: <c>.Property(e =&gt; e.X)
/// ....HasConversion(...)</c> whose converter or conversion methods are named like encryption (or configured), and
/// <c>Ignore(e =&gt; e.X)</c>.
/// </summary>
internal sealed class EfEntityIndex
{
    private const string AnyEntity = "*";

    private readonly HashSet<string> _entities = new HashSet<string>(StringComparer.Ordinal);

    // Entity name → the namespaces in which the DbSet<T>/Entity<T> mention can see a type of that name (the
    // mention's own namespaces, its usings, global usings, or an explicit qualifier). Types of the same simple
    // name in other namespaces (a GiftCard view model beside a GiftCard entity) are not entities.
    private readonly Dictionary<string, HashSet<string>> _entityNamespaces = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
    private readonly HashSet<string> _globalUsings = new HashSet<string>(StringComparer.Ordinal);
    private readonly HashSet<(string Entity, string Property)> _protected = new HashSet<(string, string)>();

    // Base class → the mapped classes that derive from it: a property configured on Entity<Derived>() is protected on the base too.
    private readonly Dictionary<string, List<string>> _derived = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    private EfEntityIndex()
    {
    }

    public bool IsEntity(string typeName) => _entities.Contains(typeName);

    /// <summary>
    /// Whether the compilation declares a LINQ to SQL <c>DataContext</c> (the O/R designer's <c>*.designer.cs</c>). LINQ to SQL
    /// maps a class only through its <c>[Table]</c> attribute, and the designer writes the context and every mapped class into
    /// the same project, so there a class without <c>[Table]</c> is not a row whatever its folder (held-out set 20: the
    /// <c>Entities</c> folder of a POS app holds the forms' and reports' DTOs beside the designer's tables).
    /// </summary>
    public bool MapsLinqToSqlTables { get; private set; }

    /// <summary>Whether <paramref name="type"/> itself is mapped: its name is an entity and a mention can see its namespace.</summary>
    public bool IsEntity(INamedTypeSymbol type)
    {
        if (!_entities.Contains(type.Name))
        {
            return false;
        }

        // Base classes of entities and nested types are matched by name (their mentions are indirect).
        if (type.ContainingType != null || !_entityNamespaces.TryGetValue(type.Name, out HashSet<string>? namespaces))
        {
            return true;
        }

        string ns = type.ContainingNamespace == null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        return namespaces.Contains(ns) || _globalUsings.Contains(ns);
    }

    public bool IsProtected(string typeName, string propertyName)
    {
        if (_protected.Contains((typeName, propertyName)) || _protected.Contains((AnyEntity, propertyName)))
        {
            return true;
        }

        // Protected on any entity derived from this base (depth-limited: hierarchies are shallow).
        var pending = new Stack<(string Name, int Depth)>();
        pending.Push((typeName, 0));
        while (pending.Count > 0)
        {
            (string name, int depth) = pending.Pop();
            if (depth > 8 || !_derived.TryGetValue(name, out List<string>? derived))
            {
                continue;
            }

            foreach (string entity in derived)
            {
                if (_protected.Contains((entity, propertyName)))
                {
                    return true;
                }

                pending.Push((entity, depth + 1));
            }
        }

        return false;
    }

    // Text that every file contributing to the index contains: a mapping (DbSet<T>, Entity<T>, EntityTypeBuilder<T>,
    // IEntityTypeConfiguration<T>), a conversion or an Ignore in model configuration, or a global using. Files
    // without any of them are not parsed into nodes at all: on a large solution the index then walks the data
    // layer only, which keeps the first sensitive property of an edit (the editor builds the index per
    // compilation) to a small share of the solution.
    // The base class the O/R designer writes out in full on every LINQ to SQL context.
    private const string LinqToSqlContext = "System.Data.Linq.DataContext";

    private static readonly string[] Markers = { "DbSet", "Entity<", "EntityTypeBuilder", "EntityTypeConfiguration", "HasConversion", "Ignore", "global using", "Collection<", "ItemAsync<" };

    // Document-store calls that name the stored type in a method body (GetCollection<User>("users") in a repository's
    // constructor), found from their tokens only in the files that mention the store: the walk skips bodies.
    private static readonly (string Method, string Call, string Store)[] DocumentStoreCalls =
    {
        ("GetCollection", "GetCollection<", "Mongo"), ("GetCollection", "GetCollection<", "LiteDB"), ("CreateItemAsync", "CreateItemAsync<", "Cosmos"),
        ("UpsertItemAsync", "UpsertItemAsync<", "Cosmos"), ("ReplaceItemAsync", "ReplaceItemAsync<", "Cosmos"),
    };

    public static EfEntityIndex Build(Compilation compilation, FinGuardOptions options)
    {
        var index = new EfEntityIndex();
        var scopes = new BuildScopes();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (!index.MapsLinqToSqlTables && TreeText.Contains(tree, LinqToSqlContext))
            {
                index.MapsLinqToSqlTables = true;
            }

            if (!MayContribute(tree))
            {
                continue;
            }

            SyntaxNode root = tree.GetRoot(CancellationToken.None);
            DataProtectionNameOptions names = options.GetDataProtectionNames(tree);
            foreach (SyntaxNode node in root.DescendantNodes(ShouldDescend))
            {
                switch (node)
                {
                    case GenericNameSyntax generic when generic.TypeArgumentList.Arguments.Count == 1:
                        switch (generic.Identifier.ValueText)
                        {
                            case "DbSet":
                            case "Entity":
                            case "IEntityTypeConfiguration":
                            case "EntityTypeBuilder":
                            case "IMongoCollection":
                            case "ILiteCollection":
                                index.AddMapped(compilation, generic, scopes);
                                break;
                        }

                        break;
                    case UsingDirectiveSyntax { Alias: null, StaticKeyword.RawKind: 0, GlobalKeyword.RawKind: not 0, Name: { } globalName }:
                        index._globalUsings.Add(globalName.ToString());
                        break;
                    case InvocationExpressionSyntax invocation when invocation.Expression is MemberAccessExpressionSyntax access:
                        index.AddIfProtecting(invocation, access, names);
                        break;
                }
            }

            foreach ((string method, string call, string store) in DocumentStoreCalls)
            {
                if (TreeText.Contains(tree, call) && TreeText.Contains(tree, store))
                {
                    foreach (SyntaxToken token in TreeText.TokensNamed(root, method))
                    {
                        if (token.Parent is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count == 1)
                        {
                            index.AddMapped(compilation, generic, scopes);
                        }
                    }
                }
            }
        }

        // Mapped properties inherited from a base class (SavingsAccount : BankAccountBase) are stored too: the bases of
        // every mapped class of this compilation, found through the declaration table by name.
        var pending = new Stack<string>(index._entities);
        var baseNamespaces = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            string entity = pending.Pop();
            foreach (INamedTypeSymbol type in SourceTypesNamed(compilation, entity, index._entityNamespaces, baseNamespaces))
            {
                if (type is not { TypeKind: TypeKind.Class, BaseType: { } baseType } || !IsInSource(baseType, compilation))
                {
                    continue;
                }

                string baseName = baseType.Name;
                if (!baseType.IsGenericType && baseType.ContainingType == null)
                {
                    if (!baseNamespaces.TryGetValue(baseName, out HashSet<string>? known))
                    {
                        baseNamespaces.Add(baseName, known = new HashSet<string>(StringComparer.Ordinal));
                    }

                    known.Add(baseType.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty);
                }

                if (!index._derived.TryGetValue(baseName, out List<string>? derived))
                {
                    derived = new List<string>(1);
                    index._derived.Add(baseName, derived);
                }

                if (!derived.Contains(entity))
                {
                    derived.Add(entity);
                }

                if (index._entities.Add(baseName))
                {
                    pending.Push(baseName);
                }
            }
        }

        return index;
    }

    // The source types of that name whose bases may be mapped. Where the mentions (or a derived entity) say which
    // namespaces the name binds in, those are looked up by metadata name, which the compilation caches; only a name
    // no namespace resolves (a generic or nested type, a type from metadata) is searched for in the whole
    // declaration table, which walks every namespace per call (issue #26: one such search per entity was a tenth of
    // FinGuard's time on payment-dense code).
    private static IEnumerable<INamedTypeSymbol> SourceTypesNamed(Compilation compilation, string name, Dictionary<string, HashSet<string>> entityNamespaces, Dictionary<string, HashSet<string>> baseNamespaces)
    {
        var found = new List<INamedTypeSymbol>(1);
        if (entityNamespaces.TryGetValue(name, out HashSet<string>? namespaces) || baseNamespaces.TryGetValue(name, out namespaces))
        {
            foreach (string ns in namespaces)
            {
                if (compilation.Assembly.GetTypeByMetadataName(ns.Length == 0 ? name : ns + "." + name) is { } type)
                {
                    found.Add(type);
                }
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        return compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>();
    }

    private void AddMapped(Compilation compilation, GenericNameSyntax generic, BuildScopes scopes)
    {
        TypeSyntax argument = generic.TypeArgumentList.Arguments[0];
        string? entity = LastIdentifier(argument);

        // A generic repository's IMongoCollection<TDocument> or GetCollection<T>: a type parameter, not a stored type.
        if (entity != null && !IsTypeParameterInScope(generic, entity))
        {
            _entities.Add(entity);
            AddVisibleNamespaces(compilation, entity, argument, generic, scopes);
        }
    }

    // Declared by an enclosing generic type or method (class MongoRepository<TDocument>, Find<T>()), read from syntax:
    // the index is built before any binding.
    private static bool IsTypeParameterInScope(SyntaxNode node, string name)
    {
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            TypeParameterListSyntax? parameters = ancestor switch
            {
                TypeDeclarationSyntax type => type.TypeParameterList,
                MethodDeclarationSyntax method => method.TypeParameterList,
                LocalFunctionStatementSyntax local => local.TypeParameterList,
                _ => null,
            };
            if (parameters != null && parameters.Parameters.Any(p => p.Identifier.ValueText == name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInSource(INamedTypeSymbol type, Compilation compilation)
        => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly);

    private static bool MayContribute(SyntaxTree tree)
    {
        foreach (string marker in Markers)
        {
            if (TreeText.Contains(tree, marker))
            {
                return true;
            }
        }

        return false;
    }

    // Records where C# would look for the entity's type from the mention, innermost scope first: each enclosing
    // namespace (then its usings), then the file's usings and global usings. The first scope that declares a type
    // of that name is the one C# binds; when none does (a type from metadata), every candidate is kept.
    // The candidate namespaces of each scope (the innermost namespace declaration or the file), and the entities
    // already placed from it, kept while the index is built: a context declares many DbSet<T> and Entity<T> of
    // the same file, and the usings were read again for each (issue #26).
    private sealed class BuildScopes
    {
        public Dictionary<SyntaxNode, List<string>> Candidates { get; } = new Dictionary<SyntaxNode, List<string>>();

        public HashSet<(string Entity, SyntaxNode Scope)> Placed { get; } = new HashSet<(string, SyntaxNode)>();
    }

    private void AddVisibleNamespaces(Compilation compilation, string entity, TypeSyntax typeArgument, SyntaxNode mention, BuildScopes scopes)
    {
        if (!_entityNamespaces.TryGetValue(entity, out HashSet<string>? namespaces))
        {
            namespaces = new HashSet<string>(StringComparer.Ordinal);
            _entityNamespaces.Add(entity, namespaces);
        }

        if (typeArgument is QualifiedNameSyntax qualified)
        {
            namespaces.Add(qualified.Left.ToString().Replace("global::", string.Empty));
            return;
        }

        SyntaxNode? scope = mention.FirstAncestorOrSelf<SyntaxNode>(static node => node is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax);
        if (scope == null || !scopes.Placed.Add((entity, scope)))
        {
            return;
        }

        if (!scopes.Candidates.TryGetValue(scope, out List<string>? candidates))
        {
            candidates = new List<string>();
            for (SyntaxNode? node = scope; node != null; node = node.Parent)
            {
                if (node is BaseNamespaceDeclarationSyntax declaration)
                {
                    string name = declaration.Name.ToString();
                    for (int dot = name.Length; dot > 0; dot = name.LastIndexOf('.', dot - 1))
                    {
                        candidates.Add(name.Substring(0, dot));
                    }

                    AddUsings(declaration.Usings, candidates);
                }
                else if (node is CompilationUnitSyntax unit)
                {
                    candidates.Add(string.Empty);
                    AddUsings(unit.Usings, candidates);
                }
            }

            scopes.Candidates.Add(scope, candidates);
        }

        foreach (string candidate in candidates)
        {
            if (compilation.Assembly.GetTypeByMetadataName(candidate.Length == 0 ? entity : candidate + "." + entity) != null)
            {
                namespaces.Add(candidate);
                return;
            }
        }

        foreach (string candidate in candidates)
        {
            namespaces.Add(candidate);
        }
    }

    private static void AddUsings(SyntaxList<UsingDirectiveSyntax> usings, List<string> namespaces)
    {
        foreach (UsingDirectiveSyntax directive in usings)
        {
            if (directive.Alias == null && directive.StaticKeyword.RawKind == 0 && directive.Name != null)
            {
                namespaces.Add(directive.Name.ToString());
            }
        }
    }

    // Model configuration lives in type declarations (DbSet<T> properties) and in the methods that
    // configure the model; the bodies of every other method, accessor and initializer are skipped, which keeps
    // the index to a small share of a large compilation's nodes.
    private static bool ShouldDescend(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax method => IsModelConfigurationMethod(method),
        AccessorListSyntax => false,
        ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax } => false,
        EqualsValueClauseSyntax => false,
        _ => true,
    };

    private static bool IsModelConfigurationMethod(BaseMethodDeclarationSyntax method)
    {
        if (method is MethodDeclarationSyntax { Identifier.ValueText: "OnModelCreating" or "Configure" or "ConfigureConventions" })
        {
            return true;
        }

        foreach (ParameterSyntax parameter in method.ParameterList.Parameters)
        {
            string? type = parameter.Type == null ? null : LastIdentifier(parameter.Type);
            if (type is "ModelBuilder" or "EntityTypeBuilder" or "ModelConfigurationBuilder")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a converter, attribute or method name says it encrypts: EncryptedStringConverter, [Encrypted], Protect(...), AesConverter.</summary>
    internal static bool NamesEncryption(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            switch (word)
            {
                case "encrypt":
                case "encrypted":
                case "encryption":
                case "encrypting":
                case "encryptor":
                case "protect":
                case "protected":
                case "protector":
                case "cipher":
                case "ciphered":
                case "seal":
                case "sealed":
                case "aes":
                case "aesgcm":
                case "vault":
                case "kms":
                    return true;
            }
        }

        return false;
    }

    private void AddIfProtecting(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, DataProtectionNameOptions names)
    {
        string method = access.Name.Identifier.ValueText;
        if (method == "Ignore")
        {
            if (invocation.ArgumentList.Arguments.Count == 1 && PropertyName(invocation.ArgumentList.Arguments[0].Expression) is string ignored)
            {
                _protected.Add((FindEntity(access.Expression, invocation) ?? AnyEntity, ignored));
            }

            return;
        }

        if (method != "HasConversion" || !IsEncrypting(access.Name, invocation.ArgumentList, names))
        {
            return;
        }

        // x.Property(e => e.Iban).HasMaxLength(34).HasConversion(...): walk down to Property(...).
        ExpressionSyntax receiver = access.Expression;
        for (int depth = 0; depth < 16 && receiver is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax callAccess; depth++)
        {
            if (callAccess.Name.Identifier.ValueText == "Property" && call.ArgumentList.Arguments.Count >= 1)
            {
                string? property = PropertyName(call.ArgumentList.Arguments[0].Expression);
                if (property != null)
                {
                    _protected.Add((FindEntity(callAccess.Expression, invocation) ?? AnyEntity, property));
                }

                return;
            }

            receiver = callAccess.Expression;
        }
    }

    private static bool IsEncrypting(SimpleNameSyntax method, ArgumentListSyntax arguments, DataProtectionNameOptions names)
    {
        if (method is GenericNameSyntax generic)
        {
            foreach (TypeSyntax typeArgument in generic.TypeArgumentList.Arguments)
            {
                if (LastIdentifier(typeArgument) is string typeName && (NamesEncryption(typeName) || names.IsConfiguredEncryptingConverter(typeName)))
                {
                    return true;
                }
            }
        }

        foreach (SyntaxNode node in arguments.DescendantNodes())
        {
            if (node is SimpleNameSyntax name)
            {
                string text = name.Identifier.ValueText;
                if (NamesEncryption(text) || names.IsConfiguredEncryptingConverter(text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // e => e.Iban, (Account e) => e.Iban, "Iban", nameof(Account.Iban)
    private static string? PropertyName(ExpressionSyntax argument)
    {
        switch (argument)
        {
            case SimpleLambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax member }:
                return member.Name.Identifier.ValueText;
            case ParenthesizedLambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax member }:
                return member.Name.Identifier.ValueText;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf when nameOf.ArgumentList.Arguments.Count == 1:
                return nameOf.ArgumentList.Arguments[0].Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    IdentifierNameSyntax id => id.Identifier.ValueText,
                    _ => null,
                };
            default:
                return null;
        }
    }

    // The entity a builder chain configures: Entity<T>() below it, Entity<T>(b => ...) around it, or an
    // EntityTypeBuilder<T> parameter of the enclosing method or lambda. Null when unknown (any entity).
    private static string? FindEntity(ExpressionSyntax receiver, SyntaxNode from)
    {
        for (int depth = 0; depth < 16 && receiver is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax callAccess; depth++)
        {
            if (callAccess.Name is GenericNameSyntax { Identifier.ValueText: "Entity" } entity && entity.TypeArgumentList.Arguments.Count == 1)
            {
                return LastIdentifier(entity.TypeArgumentList.Arguments[0]);
            }

            receiver = callAccess.Expression;
        }

        for (SyntaxNode? node = from.Parent; node != null; node = node.Parent)
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Entity" } entity } } when entity.TypeArgumentList.Arguments.Count == 1:
                    return LastIdentifier(entity.TypeArgumentList.Arguments[0]);
                case BaseMethodDeclarationSyntax method:
                    foreach (ParameterSyntax parameter in method.ParameterList.Parameters)
                    {
                        if (parameter.Type is GenericNameSyntax { Identifier.ValueText: "EntityTypeBuilder" } builder && builder.TypeArgumentList.Arguments.Count == 1)
                        {
                            return LastIdentifier(builder.TypeArgumentList.Arguments[0]);
                        }
                    }

                    return null;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    internal static string? LastIdentifier(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => LastIdentifier(qualified.Right),
        AliasQualifiedNameSyntax alias => LastIdentifier(alias.Name),
        NullableTypeSyntax nullable => LastIdentifier(nullable.ElementType),
        _ => null,
    };
}
