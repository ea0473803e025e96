package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// newsbrief.wasm must not link net/http: the package's init code alone
// keeps crypto/tls, crypto/x509, the elliptic curves and their tables
// alive, about 350 KB with brotli, and a page's worker never fetches
// anything with it. newsbrief's own packages in the build do not import
// it (package source does, so the build uses internal/outlet and
// internal/pagebrief); two dependencies do, for code the build never
// calls: go-readability for FromURL, and golang.org/x/net/publicsuffix,
// through net/http/cookiejar, to declare that List is a
// cookiejar.PublicSuffixList. The build therefore compiles copies of those
// modules from which the declarations that use net/http are left out
// (nonetModules), with a go.mod of its own (go build -modfile) that
// replaces the originals by the copies. Every other declaration is
// compiled unchanged, but for a variable declared with a net/http type and
// a value, which keeps the value and its type (publicsuffix.List is then a
// list, not a cookiejar.PublicSuffixList). Only functions, types and
// variables can be left out: when a method or an init function uses
// net/http, which the program may run, the build fails instead.

// wasmEnv is the environment of both the build of newsbrief.wasm and the
// go list that chooses the files of the copies, so that both see the same
// files. GOWORK=off: go build refuses -modfile in workspace mode.
var wasmEnv = []string{"GOOS=js", "GOARCH=wasm", "GOEXPERIMENT=nogreenteagc", "GOWASM=satconv,signext", "GOWORK=off"}

// netImports are the standard packages whose import brings net/http.
var netImports = []string{"net/http", "net/http/cookiejar"}

// listedPackage is what nonetModules reads from go list -json.
type listedPackage struct {
	ImportPath string
	Dir        string
	Standard   bool
	GoFiles    []string
	EmbedFiles []string
	Imports    []string
	Module     *struct {
		Path  string
		Dir   string
		GoMod string
		Main  bool
	}
}

// nonetModules writes into dir, for the js/wasm build of pkg, a copy of
// each module that has a package importing one of netImports, without the
// declarations that use them, and dir/go.mod and dir/go.sum: the module's
// go.mod and go.sum with those modules replaced by the copies. It fails
// when one of newsbrief's own packages imports net/http, and when the
// build of pkg with dir/go.mod still depends on net/http.
func nonetModules(root, pkg, dir string) error {
	pkgs, err := listDeps(root, pkg, "")
	if err != nil {
		return err
	}
	copies := map[string]moduleCopy{} // module path -> its copy
	for _, p := range pkgs {
		if p.Standard || p.Module == nil || !slices.ContainsFunc(p.Imports, isNetImport) {
			continue
		}
		if p.Module.Main {
			return fmt.Errorf("%s imports net/http, which newsbrief.wasm must not link", p.ImportPath)
		}
		if _, ok := copies[p.Module.Path]; !ok {
			copies[p.Module.Path] = moduleCopy{dir: filepath.Join(dir, "mod", filepath.FromSlash(p.Module.Path)), gomod: p.Module.GoMod}
		}
	}
	for _, p := range pkgs {
		var to moduleCopy
		ok := false
		if p.Module != nil {
			to, ok = copies[p.Module.Path]
		}
		if !ok {
			continue
		}
		rel, err := filepath.Rel(p.Module.Dir, p.Dir)
		if err != nil {
			return err
		}
		if err := copyPackage(p, filepath.Join(to.dir, rel)); err != nil {
			return err
		}
	}
	modfile := filepath.Join(dir, "go.mod")
	if err := writeModfile(root, modfile, copies); err != nil {
		return err
	}
	return checkNoNet(root, pkg, modfile)
}

// writeModfile writes the module's go.mod and go.sum as modfile and its
// .sum, with each module of copies replaced by its copy, and the copy's
// go.mod.
func writeModfile(root, modfile string, copies map[string]moduleCopy) error {
	edit := []string{"mod", "edit"}
	for _, path := range slices.Sorted(maps.Keys(copies)) {
		to := copies[path].dir
		data, err := os.ReadFile(copies[path].gomod)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, "go.mod"), data, 0o644); err != nil {
			return err
		}
		if rel, err := filepath.Rel(root, to); err == nil && filepath.IsLocal(rel) {
			to = "./" + filepath.ToSlash(rel) // the same in every checkout's build info
		}
		edit = append(edit, "-replace="+path+"="+to)
	}
	if err := os.MkdirAll(filepath.Dir(modfile), 0o755); err != nil {
		return err
	}
	sum := strings.TrimSuffix(modfile, ".mod") + ".sum"
	for _, f := range [][2]string{{"go.mod", modfile}, {"go.sum", sum}} {
		data, err := os.ReadFile(filepath.Join(root, f[0]))
		if err != nil {
			return err
		}
		if err := os.WriteFile(f[1], data, 0o644); err != nil {
			return err
		}
	}
	if len(copies) == 0 {
		return nil
	}
	cmd := exec.Command("go", append(edit, modfile)...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod edit: %v: %s", err, out)
	}
	return nil
}

// checkNoNet fails when pkg, built with modfile, depends on net/http, and
// names the packages that import it.
func checkNoNet(root, pkg, modfile string) error {
	after, err := listDeps(root, pkg, modfile)
	if err != nil {
		return err
	}
	for _, p := range after {
		if p.ImportPath == "net/http" {
			var by []string
			for _, q := range after {
				if slices.ContainsFunc(q.Imports, isNetImport) {
					by = append(by, q.ImportPath)
				}
			}
			return fmt.Errorf("%s still depends on net/http, imported by %s", pkg, strings.Join(by, ", "))
		}
	}
	return nil
}

func isNetImport(path string) bool { return slices.Contains(netImports, path) }

// listDeps runs go list -deps -json for js/wasm, with modfile when it is
// not empty.
func listDeps(root, pkg, modfile string) ([]listedPackage, error) {
	args := []string{"list", "-deps", "-json=ImportPath,Dir,Standard,GoFiles,EmbedFiles,Imports,Module"}
	if modfile != "" {
		args = append(args, "-modfile="+modfile)
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), wasmEnv...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %w", pkg, err)
	}
	var pkgs []listedPackage
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs, nil
		} else if err != nil {
			return nil, fmt.Errorf("go list %s: %w", pkg, err)
		}
		pkgs = append(pkgs, p)
	}
}

// moduleCopy is where nonetModules copies a module, and the go.mod of
// the original.
type moduleCopy struct{ dir, gomod string }

// copyPackage copies p's Go and embedded files into dir, each Go file that
// imports one of netImports without the declarations that use them.
func copyPackage(p listedPackage, dir string) error {
	for _, name := range append(slices.Clone(p.GoFiles), p.EmbedFiles...) {
		data, err := os.ReadFile(filepath.Join(p.Dir, name))
		if err != nil {
			return err
		}
		if strings.HasSuffix(name, ".go") {
			if data, err = withoutNet(filepath.Join(p.Dir, name), data); err != nil {
				return err
			}
		}
		to := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// withoutNet returns the Go file src without its imports of netImports and
// without every top-level declaration that uses them, or uses a name
// declared by a declaration so removed, except that a variable declared
// with their type and a value only loses the type; imports that the
// remaining declarations no longer use go too. A file that imports none of
// netImports is returned as it is.
func withoutNet(name string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	gone := map[string]bool{} // local names of the imports and declarations removed
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); isNetImport(path) {
			local := importName(imp, path)
			if local == "_" || local == "." {
				return nil, fmt.Errorf("%s: a %q import of %s (only an import used by name can be left out)", name, local, path)
			}
			gone[local] = true
		}
	}
	if len(gone) == 0 {
		return src, nil
	}
	// A variable declared with one of their types and a value keeps the
	// value's type (List's list{} rather than cookiejar.PublicSuffixList),
	// so that code that uses it still compiles.
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				if v.Type != nil && len(v.Values) > 0 && usesAny(v.Type, gone) &&
					!slices.ContainsFunc(v.Values, func(e ast.Expr) bool { return usesAny(e, gone) }) {
					v.Type = nil
				}
			}
		}
	}
	var removed [][2]token.Pos // what the removed declarations spanned, with their doc comments
	for changed := true; changed; {
		changed = false
		f.Decls = slices.DeleteFunc(f.Decls, func(d ast.Decl) bool {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT || !usesAny(d, gone) {
				return false
			}
			// An init function runs, and a method may be called through an
			// interface (fmt's String, error's Error): leaving either out
			// would change what the program does, where leaving out a
			// function or a type nobody names cannot.
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv != nil {
				err = fmt.Errorf("%s: method %s uses net/http", name, fn.Name.Name)
			} else if ok && fn.Name.Name == "init" {
				err = fmt.Errorf("%s: an init function uses net/http", name)
			}
			for _, n := range declaredNames(d) {
				if n != "_" { // var _ = … names nothing another declaration could use
					gone[n] = true
				}
			}
			removed = append(removed, [2]token.Pos{declStart(d), d.End()})
			changed = true
			return true
		})
	}
	if err != nil {
		return nil, err // leaving it out would change what the program does
	}
	f.Comments = slices.DeleteFunc(f.Comments, func(c *ast.CommentGroup) bool {
		return slices.ContainsFunc(removed, func(r [2]token.Pos) bool { return r[0] <= c.Pos() && c.End() <= r[1] })
	})
	used := map[string]bool{}
	for _, d := range f.Decls {
		ast.Inspect(d, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := s.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		g.Specs = slices.DeleteFunc(g.Specs, func(s ast.Spec) bool {
			imp := s.(*ast.ImportSpec)
			path, _ := strconv.Unquote(imp.Path.Value)
			name := importName(imp, path)
			return name != "_" && name != "." && !used[name]
		})
	}
	f.Decls = slices.DeleteFunc(f.Decls, func(d ast.Decl) bool {
		g, ok := d.(*ast.GenDecl)
		return ok && g.Tok == token.IMPORT && len(g.Specs) == 0
	})
	var out bytes.Buffer
	if err := format.Node(&out, fset, f); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// importName is the name a file refers to an import by: its own name, or
// the last element of its path (every package removed from here is named
// so).
func importName(imp *ast.ImportSpec, path string) string {
	if imp.Name != nil {
		return imp.Name.Name
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}

// usesAny reports whether n mentions one of names.
func usesAny(n ast.Node, names map[string]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && names[id.Name] {
			found = true
		}
		return !found
	})
	return found
}

// declStart is where d begins, with its doc comment.
func declStart(d ast.Decl) token.Pos {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Doc != nil {
			return d.Doc.Pos()
		}
	case *ast.GenDecl:
		if d.Doc != nil {
			return d.Doc.Pos()
		}
	}
	return d.Pos()
}

// declaredNames returns the names d declares at the top level (a method's
// name is not one: nothing refers to it unqualified).
func declaredNames(d ast.Decl) []string {
	var names []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			names = append(names, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
	}
	return names
}
