package shapes

import (
	"errors"
	"fmt"
)

// Unit is the length unit.
const Unit = "cm"

// ErrNegative is returned for negative sizes.
var ErrNegative = errors.New("shapes: negative size")

var registry []string

type Shape interface {
	Area() float64
}

type Rect struct {
	w, h float64
}

func NewRect(w, h float64) *Rect { return &Rect{w, h} }

func (r *Rect) Area() float64 { return r.w * r.h }

func (r *Rect) Name() string { return fmt.Sprintf("rect %gx%g", r.w, r.h) }

func (r *Rect) String() string { return "R(" + r.Name() + ")" }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }

func Total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Register(s Shape) { registry = append(registry, fmt.Sprintf("%T", s)) }

func Registered() []string { return registry }

func Checked(n float64) (float64, error) {
	if n < 0 {
		return 0, ErrNegative
	}
	return n, nil
}
