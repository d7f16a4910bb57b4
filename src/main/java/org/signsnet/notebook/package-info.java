/**
 * Executable Java notebooks: reads and writes Jupyter {@code .ipynb} files (nbformat 4, in Jupyter's
 * own format), runs their code cells in one JShell session ({@link org.signsnet.notebook.NotebookSession},
 * shared with the Jupyter kernel of {@code org.signsnet.jupyter}), lets cells show pictures and charts
 * with {@code display(...)} ({@link org.signsnet.notebook.NotebookDisplay}), and compares or rewrites
 * their saved outputs. Used by {@code signsnet notebook} and by the tests that keep the notebooks in
 * {@code notebooks-port/} working.
 */
package org.signsnet.notebook;
