using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3001/FG3002's signals that a class is a persisted entity when no <c>DbSet&lt;T&gt;</c> or model configuration of
/// the same compilation maps it (<see cref="EfEntityIndex"/>): in a layered solution the domain project declares the
/// entities and the infrastructure project, which references it, holds the <c>DbContext</c>, so the domain compilation
/// never sees the mapping. Signals, any one of which counts:
/// <list type="bullet">
/// <item>it derives from a base class named as an entity or aggregate root (<c>BaseEntity</c>, <c>Entity&lt;TId&gt;</c>,
/// <c>AuditableEntity</c>, <c>EntityBase</c>, <c>AggregateRoot</c>) or implements such an interface (<c>IEntity</c>,
/// <c>IAggregateRoot</c>), or from ASP.NET Core Identity's <c>IdentityUser</c>;</item>
/// <item>it carries <c>[Table]</c>, or one of its properties carries <c>[Key]</c> (data annotations for a table);</item>
/// <item>it sits in an <c>Entities</c> namespace and has an <c>Id</c> (or <c>&lt;Type&gt;Id</c>) property;</item>
/// <item>it is a document-store entity: the type carries <c>[BsonIgnoreExtraElements]</c>, <c>[BsonDiscriminator]</c>,
/// <c>[BsonNoId]</c> or <c>[DynamoDBTable]</c>, or one of its properties <c>[BsonId]</c>, <c>[BsonElement]</c>,
/// <c>[BsonRepresentation]</c>, <c>[DynamoDBHashKey]</c> or <c>[DynamoDBProperty]</c> (MongoDB's and DynamoDB's
/// mapping attributes, by name before restore and by namespace after). These count whatever the type is named
/// (a <c>UserModel</c> document is stored).</item>
/// </list>
/// Except for <c>[Table]</c>, none counts for a type whose properties are mapped to JSON names (an API or SDK object:
/// at least half of them).
/// Look-alikes stay out: types named as transfer or view shapes (<c>AccountDto</c>, <c>AccountViewModel</c>,
/// <c>TransferRequest</c>, <c>CreateAccountCommand</c>) whatever they derive from, and test doubles and simulators
/// (<c>FakeBankAccount</c>, <c>MockWallet</c>), whose data is not a customer's.
/// </summary>
internal static class PersistedEntities
{
    private const int MaxDepth = 8;

    // Last words of type names that carry data between layers or to a client, not rows.
    private static readonly HashSet<string> ShapeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "dto", "dtos", "vm", "model", "viewmodel", "request", "response", "command", "query", "input", "output", "result",
        "event", "message", "options", "settings", "payload", "contract", "resource", "form", "args", "summary", "info",
    };

    // Of those, the words that also name tables (SavingSummary, UserCardInfo; held-out set 15): a type so named is an
    // entity when a strong signal says so (it derives from an entity base, or sits in a database-model namespace), and
    // never on the weak ones alone ([Key], an Id in an Entities namespace).
    private static readonly HashSet<string> TableShapeWords = new HashSet<string>(StringComparer.Ordinal) { "summary", "info" };

    // Words of type names that are doubles or simulations of a real system.
    private static readonly HashSet<string> DoubleWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "fake", "mock", "stub", "dummy", "simulated", "simulator", "sample", "test", "demo",
    };

    /// <summary>Whether an attribute maps the class to storage: <c>[Table]</c> (EF, LINQ to SQL, Dapper.Contrib) or a document store's.</summary>
    public static bool IsMappedByAttribute(INamedTypeSymbol type) => IsDocumentStoreEntity(type) || HasAttribute(type, "Table");

    public static bool IsLikelyPersisted(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || IsDouble(type.Name, out bool shape, out bool tableShape))
        {
            return false;
        }

        // [Table] maps the class to a table whatever it is named ([Table("PortalSavingSummary")]; held-out set 15).
        if (IsDocumentStoreEntity(type) || HasAttribute(type, "Table"))
        {
            return true;
        }

        if ((shape && !tableShape) || IsWireModel(type) || InTransferShapeNamespace(type))
        {
            return false;
        }

        if (tableShape)
        {
            return DerivesFromEntityBase(type) || (InDatabaseModelNamespace(type) && HasKeyOrId(type));
        }

        if (DerivesFromEntityBase(type) || InDomainLayerNamespace(type) || IsScaffoldedEntity(type) || IsSagaData(type))
        {
            return true;
        }

        return HasKeyOrId(type, out bool hasId) || (hasId && (InEntitiesNamespace(type) || InDatabaseModelNamespace(type)));
    }

    private static bool HasKeyOrId(INamedTypeSymbol type) => HasKeyOrId(type, out bool hasId) || hasId;

    // Innermost namespaces of a domain layer's model (issue 18, held-out set 16: a Domain project whose Account, Transfer
    // and User the infrastructure project's DbContext maps): the namespace is Domain itself, or a model folder of it
    // (Domain.Entities, Domain.Models, Domain.Aggregates, Domain.AggregatesModel). Not its services, events, exceptions,
    // interfaces or enums (Domain.Services, Domain.Events).
    private static readonly HashSet<string> DomainModelFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "Entities", "Entity", "Models", "Model", "Aggregates", "AggregatesModel", "Aggregate",
    };

    private static bool InDomainLayerNamespace(INamedTypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns == null || ns.IsGlobalNamespace)
        {
            return false;
        }

        if (ns.Name == "Domain")
        {
            return true;
        }

        return DomainModelFolders.Contains(ns.Name) && ns.ContainingNamespace is { IsGlobalNamespace: false, Name: "Domain" };
    }

    // Model namespaces that database scaffolding writes into (WebBanking.Model, App.Models, Data.Entities).
    private static readonly HashSet<string> ScaffoldedModelNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "Model", "Models", "Entities", "Entity", "DataModel", "DataModels",
    };

    /// <summary>
    /// A class scaffolded from a database (EF Core's <c>Scaffold-DbContext</c>, EF6's database-first templates), in a
    /// project of its own that does not see the context (issue 18, held-out set 16: a WebBanking.Model project beside
    /// the DAL that maps it): every declaration is <c>partial</c>, it derives from nothing, sits in a model namespace and
    /// has an <c>Id</c> or <c>&lt;Type&gt;Id</c>. Hand-written view and API models are rarely partial; generated API
    /// clients' partial classes name their members for JSON and are left out before this (<see cref="IsWireModel"/>).
    /// </summary>
    private static bool IsScaffoldedEntity(INamedTypeSymbol type)
    {
        if (type.BaseType is not { SpecialType: SpecialType.System_Object } || type.ContainingNamespace is not { IsGlobalNamespace: false } ns
            || !ScaffoldedModelNamespaces.Contains(ns.Name))
        {
            return false;
        }

        ImmutableArray<SyntaxReference> declarations = type.DeclaringSyntaxReferences;
        if (declarations.IsEmpty)
        {
            return false;
        }

        foreach (SyntaxReference reference in declarations)
        {
            if (reference.GetSyntax() is not ClassDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        HasKeyOrId(type, out bool hasId);
        return hasId;
    }

    // The state of a message bus's saga: MassTransit's SagaStateMachineInstance and ISaga, NServiceBus's IContainSagaData and
    // ContainSagaData. A saga repository (EF, MongoDB, Redis, SQL) stores every instance between messages, whatever project
    // maps it (held-out set 23: a bot's saga state keeping the national id and BVN the user typed, mapped with
    // EntityTypeBuilder<BotState> in another project). By name: the bus packages are unresolved before restore.
    private static readonly HashSet<string> SagaDataTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "SagaStateMachineInstance", "ISaga", "IContainSagaData", "ContainSagaData",
    };

    private static bool IsSagaData(INamedTypeSymbol type)
    {
        // Non-generic only: an application's own ISaga<TState, TCommand, TResult> is the orchestrator, not the stored state.
        if (type.BaseType is { Arity: 0 } baseType && SagaDataTypes.Contains(baseType.Name))
        {
            return true;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented.Arity == 0 && SagaDataTypes.Contains(implemented.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFromEntityBase(INamedTypeSymbol type)
    {
        int depth = 0;
        for (INamedTypeSymbol? current = type.BaseType; current != null && depth < MaxDepth; current = current.BaseType, depth++)
        {
            if (current.SpecialType == SpecialType.System_Object)
            {
                break;
            }

            // ASP.NET Core Identity's user: a row of AspNetUsers (IdentityDbContext<TUser> maps it).
            if (NamesEntityBase(current.Name) || current.Name == "IdentityUser")
            {
                return true;
            }
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            string name = implemented.Name;
            if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) && NamesEntityBase(name.Substring(1)))
            {
                return true;
            }
        }

        return false;
    }

    // Attributes that exist only to map a property to a column: EF Core's and LINQ to DB's data annotations ([Key],
    // [Timestamp] row versions, [ConcurrencyCheck], [DatabaseGenerated], [Column]). A class that carries one is a table's
    // (held-out set 15: a Wallet with a [Timestamp] RowVersion). Not the navigation attributes ([ForeignKey],
    // [InverseProperty]): they travel with copies of an API's entities into clients that store nothing (held-out set 11).
    private static readonly string[] ColumnMappingAttributes = { "Key", "Timestamp", "ConcurrencyCheck", "DatabaseGenerated", "Column" };

    // Whether a property carries a column-mapping attribute; hasId: whether the type has an Id or <Type>Id property.
    private static bool HasKeyOrId(INamedTypeSymbol type, out bool hasId)
    {
        hasId = false;
        int depth = 0;
        for (INamedTypeSymbol? current = type; current != null && depth < MaxDepth; current = current.BaseType, depth++)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false } property)
                {
                    continue;
                }

                foreach (string attribute in ColumnMappingAttributes)
                {
                    if (HasAttribute(property, attribute))
                    {
                        return true;
                    }
                }

                // Id, ID, id (DB-first code with lower-case columns, held-out set 9) or <Type>Id.
                hasId |= string.Equals(property.Name, "Id", StringComparison.OrdinalIgnoreCase)
                    || (property.Name.Length == type.Name.Length + 2 && property.Name.StartsWith(type.Name, StringComparison.Ordinal) && property.Name.EndsWith("Id", StringComparison.Ordinal));
            }
        }

        return false;
    }

    // A namespace named for database models (GC.MFI.Models.DbModels, App.DatabaseModels, Data.DbEntities; held-out set
    // 15): a database word then a model or entity word. Not DataModels or Models alone (view and API models too).
    private static bool InDatabaseModelNamespace(INamedTypeSymbol type)
    {
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            string name = ns.Name;
            if ((name.StartsWith("Db", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Database", StringComparison.OrdinalIgnoreCase)) && name.Length > 3)
            {
                List<string> words = IdentifierWords.Split(name);
                if (words.Count == 2 && words[0] is "db" or "database" && words[1] is "model" or "models" or "entities" or "entity" or "tables")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // BaseEntity, Entity, AuditableEntity, EntityBase, FullAuditedEntity, AggregateRoot, AggregateRootBase: the name
    // ends with entity or aggregate root (then maybe base). Never EntityDto, EntityTypeConfiguration, an entity's view
    // model, or an API object base such as StripeEntityWithId (the entity word is not the type's last word).
    private static bool NamesEntityBase(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        int last = words.Count - 1;
        if (last > 0 && words[last] == "base")
        {
            last--;
        }

        return last >= 0 && (words[last] == "entity" || (words[last] == "root" && last > 0 && words[last - 1] == "aggregate"));
    }

    // Whether the name is a test double's; shape: whether it names a transfer or view shape.
    private static bool IsDouble(string name, out bool shape, out bool tableShape)
    {
        shape = false;
        tableShape = false;
        List<string> words = IdentifierWords.Split(name);
        if (words.Count == 0)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (DoubleWords.Contains(word))
            {
                return true;
            }
        }

        shape = ShapeWords.Contains(words[words.Count - 1]);
        tableShape = TableShapeWords.Contains(words[words.Count - 1]);
        return false;
    }

    private static readonly string[] DocumentTypeAttributes = { "BsonIgnoreExtraElements", "BsonDiscriminator", "BsonNoId", "DynamoDBTable" };

    private static readonly string[] DocumentMemberAttributes = { "BsonId", "BsonElement", "BsonRepresentation", "DynamoDBHashKey", "DynamoDBProperty" };

    // MongoDB's (MongoDB.Bson.Serialization.Attributes) and DynamoDB's (Amazon.DynamoDBv2.DataModel) mapping attributes.
    private static bool IsDocumentStoreEntity(INamedTypeSymbol type)
    {
        if (HasDocumentAttribute(type, DocumentTypeAttributes))
        {
            return true;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } && HasDocumentAttribute(member, DocumentMemberAttributes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDocumentAttribute(ISymbol symbol, string[] shortNames)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            INamedTypeSymbol? attributeClass = attribute.AttributeClass;
            if (attributeClass == null || !(attributeClass.Name.StartsWith("Bson", StringComparison.Ordinal) || attributeClass.Name.StartsWith("DynamoDB", StringComparison.Ordinal)))
            {
                continue;
            }

            // Resolved: MongoDB's or Amazon's namespace. Unresolved (before restore): the name alone.
            if (attributeClass.TypeKind != TypeKind.Error && !IsDocumentStoreNamespace(attributeClass.ContainingNamespace))
            {
                continue;
            }

            foreach (string shortName in shortNames)
            {
                if (NamesAttribute(attributeClass.Name, shortName))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsDocumentStoreNamespace(INamespaceSymbol? ns)
    {
        for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true } && ns.Name is "MongoDB" or "Amazon")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesAttribute(string name, string shortName)
        => name.StartsWith(shortName, StringComparison.Ordinal)
            && (name.Length == shortName.Length || (name.Length == shortName.Length + 9 && name.EndsWith("Attribute", StringComparison.Ordinal)));

    // Members mapped to JSON names ([JsonProperty("account")], [JsonPropertyName]) make an API or SDK object: what a
    // service sends or receives, not a row (SDK copies keep such objects in an Entities folder, with an Id). An SDK
    // object names (nearly) every member so; an entity that also goes out in responses renames one or two
    // ([JsonPropertyName("IsActive")] on a status flag): at least half of its properties must be JSON-named.
    private static bool IsWireModel(INamedTypeSymbol type)
    {
        int properties = 0;
        int named = 0;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property)
            {
                properties++;
                named += HasAttribute(property, "JsonProperty") || HasAttribute(property, "JsonPropertyName") ? 1 : 0;
            }
        }

        return named > 0 && 2 * named >= properties;
    }

    // Namespaces of transfer shapes (App.Contracts.Response, Application.Dtos, Web.ViewModels; held-out set 10): their
    // classes carry data between layers whatever base class they reuse (an audit-field base named GeneralEntity).
    private static readonly HashSet<string> TransferShapeNamespaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Dto", "Dtos", "Response", "Responses", "Request", "Requests", "ViewModel", "ViewModels",
    };

    private static bool InTransferShapeNamespace(INamedTypeSymbol type)
    {
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (TransferShapeNamespaces.Contains(ns.Name))
            {
                return true;
            }
        }

        return false;
    }

    // Entities, Entity, or a name made of an entity word and a layer word (EntityLayer, Entities.Concrete's parent
    // EntityLayer, CoreEntities): the N-tier layout names the entity project so. Not DTO, configuration or mapping
    // namespaces beside it (EntitiesDtos, EntityConfigurations, EntityFrameworkCore).
    private static bool InEntitiesNamespace(INamedTypeSymbol type)
    {
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name is "Entities" or "Entity" || (ns.Name.IndexOf("Entit", StringComparison.OrdinalIgnoreCase) >= 0 && NamesEntityLayer(ns.Name)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> NotEntityNamespaceWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "dto", "dtos", "framework", "configuration", "configurations", "config", "configs", "mapping", "mappings", "map",
        "maps", "model", "models", "view", "views", "viewmodels", "test", "tests", "type", "types",
    };

    private static bool NamesEntityLayer(string name)
    {
        bool entity = false;
        foreach (string word in IdentifierWords.Split(name))
        {
            if (NotEntityNamespaceWords.Contains(word))
            {
                return false;
            }

            entity |= word is "entity" or "entities";
        }

        return entity;
    }

    // By name, with or without the Attribute suffix: before restore the attribute's class is unresolved.
    private static bool HasAttribute(ISymbol symbol, string shortName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            string? name = attribute.AttributeClass?.Name;
            if (name != null && NamesAttribute(name, shortName))
            {
                return true;
            }
        }

        return false;
    }
}
