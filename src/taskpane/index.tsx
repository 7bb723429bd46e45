import { createRoot } from "react-dom/client";
import React from "react";

createRoot(document.getElementById("root")!).render(<h1>DE-UZ 228</h1>);
