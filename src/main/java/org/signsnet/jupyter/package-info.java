/**
 * The Jupyter kernel {@code signsnet}: {@link org.signsnet.jupyter.SignsnetKernel} runs notebook
 * cells in signsnet's own JShell session ({@link org.signsnet.notebook.NotebookSession}) over JJava's
 * protocol library, and {@link org.signsnet.jupyter.KernelInstaller} registers it
 * ({@code signsnet jupyter install}) where Jupyter looks ({@link org.signsnet.jupyter.JupyterPaths}).
 */
package org.signsnet.jupyter;
