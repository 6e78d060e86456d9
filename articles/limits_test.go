package articles

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestFurnitureLimitsAreNamed: every length limit of the furniture rules is
// a named constant, whose comment says why it is what it is; a number in
// the rules themselves is a limit nobody explained. Only 0 and 1 (empty,
// one), an array's length and an index stand as figures.
func TestFurnitureLimitsAreNamed(t *testing.T) {
	fset := token.NewFileSet()
	for _, name := range []string{"furniture.go", "webcopy.go"} {
		file, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		allowed := map[ast.Node]bool{}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GenDecl:
				if n.Tok == token.CONST {
					for _, spec := range n.Specs {
						vs := spec.(*ast.ValueSpec)
						alone := !n.Lparen.IsValid() && n.Doc != nil
						if !alone && vs.Doc == nil && vs.Comment == nil {
							t.Errorf("%s: constant %s has no comment saying why", fset.Position(vs.Pos()), vs.Names[0])
						}
					}
					return false
				}
			case *ast.ArrayType:
				if n.Len != nil {
					allowed[n.Len] = true
				}
			case *ast.IndexExpr:
				allowed[n.Index] = true
			case *ast.BasicLit:
				if n.Kind == token.INT && n.Value != "0" && n.Value != "1" && !allowed[n] {
					t.Errorf("%s: %s in a rule: name it as a constant that says why", fset.Position(n.Pos()), n.Value)
				}
			}
			return true
		})
	}
}
