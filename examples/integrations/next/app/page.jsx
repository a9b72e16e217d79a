import { Upload } from "./upload.jsx";

export default function Page() {
  return <Upload />;
}
