import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import './sidepanel.css';
import { App } from './app';

createRoot(document.getElementById('root')!).render(<App />);
