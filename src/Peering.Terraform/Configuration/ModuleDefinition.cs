using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// One module folder: the declarations of all its files (Terraform merges them; <c>*_override.tf</c> files are
    /// merged last). Declared once per folder, however many times the module is called.
    /// </summary>
    internal sealed class ModuleDefinition
    {
        private readonly Dictionary<string, Block> variables = new Dictionary<string, Block>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, Attribute> locals = new Dictionary<string, Attribute>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, Block> outputs = new Dictionary<string, Block>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, Block> moduleCalls = new Dictionary<string, Block>(System.StringComparer.Ordinal);
        private readonly Dictionary<(string Mode, string Type, string Name), Block> resources = new Dictionary<(string, string, string), Block>();
        private readonly List<Block> providers = new List<Block>();

        public ModuleDefinition(string folder, IReadOnlyList<(SourceText File, Body Body)> files)
        {
            Folder = folder;
            Files = files.Select(f => f.File).ToArray();
            foreach (var (_, body) in files.OrderBy(f => IsOverride(f.File.Path) ? 1 : 0))
            {
                Declare(body);
            }
        }

        public string Folder { get; }

        public IReadOnlyList<SourceText> Files { get; }

        public IReadOnlyDictionary<string, Block> Variables => variables;

        public IReadOnlyDictionary<string, Attribute> Locals => locals;

        public IReadOnlyDictionary<string, Block> Outputs => outputs;

        public IReadOnlyDictionary<string, Block> ModuleCalls => moduleCalls;

        /// <summary>Managed resources (<c>managed</c>) and data sources (<c>data</c>) by mode, type and name.</summary>
        public IReadOnlyDictionary<(string Mode, string Type, string Name), Block> Resources => resources;

        public IReadOnlyList<Block> Providers => providers;

        public bool HasResourceType(string mode, string type) => resources.Keys.Any(k => k.Mode == mode && k.Type == type);

        private static bool IsOverride(string path)
        {
            var name = ModulePaths.FileName(path);
            return name == "override.tf" || name.EndsWith("_override.tf", System.StringComparison.Ordinal) || name == "override.tf.json" || name.EndsWith("_override.tf.json", System.StringComparison.Ordinal);
        }

        private void Declare(Body body)
        {
            foreach (var block in body.Blocks)
            {
                switch (block.Type)
                {
                    case "variable" when block.Labels.Count == 1:
                        variables[block.Labels[0]] = block;
                        break;
                    case "output" when block.Labels.Count == 1:
                        outputs[block.Labels[0]] = block;
                        break;
                    case "module" when block.Labels.Count == 1:
                        moduleCalls[block.Labels[0]] = block;
                        break;
                    case "resource" when block.Labels.Count == 2:
                        resources[("managed", block.Labels[0], block.Labels[1])] = Merged(("managed", block.Labels[0], block.Labels[1]), block);
                        break;
                    case "data" when block.Labels.Count == 2:
                        resources[("data", block.Labels[0], block.Labels[1])] = Merged(("data", block.Labels[0], block.Labels[1]), block);
                        break;
                    case "provider" when block.Labels.Count == 1:
                        providers.Add(block);
                        break;
                    case "locals":
                        foreach (var attribute in block.Body.Attributes)
                        {
                            locals[attribute.Name] = attribute;
                        }

                        break;
                }
            }
        }

        /// <summary>An override file's block replaces the arguments it sets and keeps the others (Terraform's override merging).</summary>
        private Block Merged((string, string, string) key, Block block)
        {
            if (!resources.TryGetValue(key, out var original))
            {
                return block;
            }

            var attributes = original.Body.Attributes.Where(a => block.Body.Attribute(a.Name) == null).Concat(block.Body.Attributes).ToArray();
            var blockTypes = block.Body.Blocks.Select(b => b.Type).ToHashSet();
            var blocks = original.Body.Blocks.Where(b => !blockTypes.Contains(b.Type)).Concat(block.Body.Blocks).ToArray();
            return new Block(original.Type, original.Labels, new Body(attributes, blocks, original.Body.Range), original.File, original.TypeRange, original.Range);
        }
    }
}
