// A compile error inside an imported package: go build reports it with the package file's path.
package main

import "samples/pool"

func main() {
	pool.New()
}
