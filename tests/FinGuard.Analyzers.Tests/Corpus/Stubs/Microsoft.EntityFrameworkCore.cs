// Stand-in for EF Core (package "Microsoft.EntityFrameworkCore"): real namespace and type names, only the members rules need.
namespace Microsoft.EntityFrameworkCore
{
    public class DbContext
    {
        protected virtual void OnModelCreating(ModelBuilder modelBuilder) { }
        public virtual int SaveChanges() => 0;
    }

    public class DbSet<TEntity> where TEntity : class
    {
        public virtual void Add(TEntity entity) { }
    }

    public class ModelBuilder
    {
        public virtual Metadata.Builders.EntityTypeBuilder<TEntity> Entity<TEntity>() where TEntity : class => new();
    }
}

namespace Microsoft.EntityFrameworkCore.Metadata.Builders
{
    public class EntityTypeBuilder<TEntity> where TEntity : class
    {
        public virtual PropertyBuilder<TProperty> Property<TProperty>(System.Linq.Expressions.Expression<System.Func<TEntity, TProperty>> propertyExpression) => new();
        public virtual EntityTypeBuilder<TEntity> Ignore(System.Linq.Expressions.Expression<System.Func<TEntity, object?>> propertyExpression) => this;
        public virtual EntityTypeBuilder<TEntity> HasKey(System.Linq.Expressions.Expression<System.Func<TEntity, object?>> keyExpression) => this;
    }

    public class PropertyBuilder<TProperty>
    {
        public virtual PropertyBuilder<TProperty> HasConversion<TProvider>(System.Func<TProperty, TProvider> toProvider, System.Func<TProvider, TProperty> fromProvider) => this;
        public virtual PropertyBuilder<TProperty> HasMaxLength(int maxLength) => this;
    }
}
