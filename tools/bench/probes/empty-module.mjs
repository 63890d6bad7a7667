// Imported by catalog-cold.mjs before its clock starts, so that Node's own first dynamic import of a file
// (its ES module loader compiling itself) is not counted as the catalog's cost.
export default 0;
