using System.Collections.Generic;

namespace Peering.Terraform
{
    /// <summary>
    /// How the Terraform reader reaches files: the command line gives it the run's folders with their size limit and
    /// confinement (no module outside the folders given), the tests give it files in memory. Paths are as reported.
    /// </summary>
    public interface ITerraformFiles
    {
        /// <summary>The <c>.tf</c> and <c>.tf.json</c> files of a folder in name order, or null when the folder is not there or out of reach.</summary>
        IReadOnlyList<string>? ConfigurationFiles(string folder);

        /// <summary>The text of a file, or null when it is not there, out of reach or skipped (too large, not text: the caller reports that).</summary>
        string? ReadText(string path);

        /// <summary>The files of <paramref name="folder"/> whose names end with <paramref name="suffix"/> (for <c>*.auto.tfvars</c>), in name order.</summary>
        IReadOnlyList<string> FilesEndingWith(string folder, string suffix);

        /// <summary>A path that identifies the folder whatever way it was reached (the full path on disk).</summary>
        string Identity(string folder);
    }
}
